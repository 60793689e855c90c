package io.github.compactkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.CompactParser;
import io.github.compactkit.Compacts;
import io.github.compactkit.ParseFailure;
import io.github.compactkit.model.Compact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input that fuzzing found breaking the parser, under {@code src/test/resources/fuzz/} and named
 * after what it broke, gives its expected outcome quickly: a model, or a typed failure whose message
 * is one short line naming the file and quoting neither library internals nor the file's bytes.
 */
class FuzzFindingsTest {
    static final Path FOLDER = Path.of("src", "test", "resources", "fuzz");

    /** The expected outcome per finding; null means a model. A finding missing here fails the test. */
    private static final Map<String, ParseFailure> EXPECTED = Map.ofEntries(
            Map.entry("docx-sdt-nested-5000-deep-stack-overflow.docx", ParseFailure.TOO_COMPLEX),
            Map.entry("html-tables-nested-50000-deep-not-a-zip-bomb.html", ParseFailure.TOO_COMPLEX),
            Map.entry("docx-missing-part-message-echoes-package.docx", ParseFailure.CORRUPT),
            Map.entry("odt-garbled-mimetype-message-echoes-bytes.odt", ParseFailure.UNSUPPORTED_FORMAT),
            // Found by Jazzer: a zip entry in zstd, whose optional decoder is not installed, made Tika's detector throw NoClassDefFoundError.
            Map.entry("odt-zip-entry-zstd-method-no-class-def-found.odt", ParseFailure.NOT_TEXT));

    private static final CompactParser PARSER = CompactParser.builder().build();

    static Stream<Path> findings() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(Files::isRegularFile).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("findings")
    void endsQuicklyWithAModelOrATypedOneLineFailure(Path file) {
        String name = file.getFileName().toString();
        long t0 = System.nanoTime();
        Object outcome = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                Compact compact = PARSER.parse(file);
                assertNotNull(Compacts.toJson(compact));
                return compact;
            } catch (CompactParseException e) {
                return e;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                return fail("untyped " + e.getClass().getName() + " escaped", e);
            }
        });
        System.out.printf("%s: %s in %d ms%n", name, outcome instanceof CompactParseException e ? e.getMessage() : "model",
                (System.nanoTime() - t0) / 1_000_000);
        ParseFailure expected = EXPECTED.get(name);
        if (expected == null) {
            assertTrue(outcome instanceof Compact, () -> name + " should parse, got " + outcome);
            return;
        }
        CompactParseException e = assertInstanceOfFailure(outcome, name);
        assertEquals(expected, e.reason(), e.getMessage());
        assertOneUserLine(e.getMessage(), name);
    }

    private static CompactParseException assertInstanceOfFailure(Object outcome, String name) {
        if (outcome instanceof CompactParseException e) {
            return e;
        }
        return fail(name + " should fail typed, but parsed");
    }

    /** One line, short, naming the file, no Java class names and no run of the file's bytes. */
    static void assertOneUserLine(String message, String fileName) {
        assertFalse(message.contains("\n") || message.contains("\r"), message);
        assertTrue(message.startsWith(fileName + ": "), message);
        assertTrue(message.length() <= fileName.length() + 240, () -> message.length() + " characters: " + message);
        assertFalse(message.matches(".*\\b(java|javax|org|com)\\.[a-z]+\\..*"), message);
        assertFalse(message.contains("Exception") || message.contains("Error:"), message);
    }
}
