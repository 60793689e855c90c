package io.github.compactkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.compactkit.io.CompactJson;
import io.github.compactkit.model.Compact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input fuzzing found breaking the parser goes through the packaged command line,
 * {@code java -Xmx512m -jar compactkit.jar parse FILE}, in a child JVM: within 30 s it prints a
 * model (exit 0) or one typed error line (exit 3), never a stack trace, never an out-of-memory death.
 */
class FuzzFindingsCliIT {
    private static final Path JAR = Path.of("target", "compactkit.jar");
    private static final Path FINDINGS = Path.of("..", "core", "src", "test", "resources", "fuzz");
    private static final long LIMIT_SECONDS = 30;

    static Stream<Path> findings() throws IOException {
        try (Stream<Path> files = Files.list(FINDINGS)) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            assertFalse(all.isEmpty(), "no fuzz findings under " + FINDINGS);
            return all.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("findings")
    void parseGivesAModelOrOneTypedErrorLineWithin30sAnd512MB(Path file, @org.junit.jupiter.api.io.TempDir Path tmp)
            throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), "package the command line first: " + JAR);
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", JAR.toString(),
                "parse", "--timeout", "20", file.toString()));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            fail(file.getFileName() + ": no answer within " + LIMIT_SECONDS + " s");
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        if (process.exitValue() == 0) {
            Compact compact = CompactJson.read(stdout);
            assertEquals(name, compact.source().file(), stdout.substring(0, Math.min(300, stdout.length())));
            return;
        }
        assertEquals(3, process.exitValue(), () -> name + " exited " + process.exitValue() + ": " + stderr);
        List<String> lines = stderr.lines().toList();
        assertEquals(1, lines.size(), () -> "expected one error line, got:\n" + stderr);
        String line = lines.get(0);
        assertTrue(line.matches("error: " + java.util.regex.Pattern.quote(name) + ": [^()]+( \\([^\\n]{1,160}\\))?"), line);
        assertFalse(line.contains("java.") || line.contains("org.apache") || line.contains("Exception"), line);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
