package io.github.compactkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.compactkit.ingest.TextDecoder;
import io.github.compactkit.io.CompactJson;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.Undertaking;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad text input ends quickly with a clear result: a model, or a {@link CompactParseException}
 * whose {@link ParseFailure} says what is wrong. Never a hang, a stack overflow or a raw exception.
 * "Quickly" is measured as CPU time of the parsing thread (under 10 s), which a busy machine does
 * not inflate the way it inflates the clock.
 */
class RobustnessTest {
    /**
     * Time the parsing thread may spend on the CPU: the measure of "quickly". The costliest input here, a 5 MB
     * single line of 70,000 sentences, takes about 7.5 s alone; under a parallel build the same work measured
     * 10.4 s of thread CPU (caches shared with other processes). Work that grows faster than the input would
     * take minutes, which this limit still catches.
     */
    private static final Duration CPU_LIMIT = Duration.ofSeconds(15);
    /**
     * Wall-clock guard against hangs. Generous because the build machine may be shared: a parse
     * within the CPU limit can take several times as long on the clock when other builds run.
     */
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final CompactParser PARSER = CompactParser.builder().build();

    /** A small compact with a pound sign, curly quotes and an en dash: the characters encodings break. */
    private static final String SMALL_COMPACT = """
            Cheswick Compact

            1. Funding

            The Council will:

            - pay small grants of up to £500 within 10 working days of an award
            - describe the ‘small grants’ scheme in plain English – and say who can apply
            - give at least three months’ notice of any decision to end funding

            The Voluntary and Community Sector will:

            - use the “Cheswick Compact” logo only on work that meets the Compact
            """;

    @Test
    void emptyBytesAreEmpty() {
        assertFailure(ParseFailure.EMPTY, () -> PARSER.parse(new byte[0], "empty.txt"));
    }

    @Test
    void anEmptyFileIsEmpty(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertFailure(ParseFailure.EMPTY, () -> Compacts.parse(file));
    }

    @Test
    void emptyTextIsEmpty() {
        assertFailure(ParseFailure.EMPTY, () -> Compacts.parse(""));
    }

    @Test
    void whitespaceOnlyIsEmpty() {
        String blank = " \n\t\n   \r\n\f\n  ";
        assertFailure(ParseFailure.EMPTY, () -> Compacts.parse(blank));
        assertFailure(ParseFailure.EMPTY, () -> PARSER.parse(blank.getBytes(StandardCharsets.UTF_8), "blank.txt"));
    }

    @Test
    void binaryBytesAreNotText() {
        byte[] bytes = new byte[64 * 1024];
        new Random(42).nextBytes(bytes);
        bytes[0] = 0x13; // no magic number of a supported format
        bytes[1] = 0x00;
        assertFailure(ParseFailure.NOT_TEXT, () -> PARSER.parse(bytes, "random.bin"));
    }

    @Test
    void aFiveMegabyteSingleLineEndsWithAModel() {
        StringBuilder sb = new StringBuilder(5 * 1024 * 1024 + 64);
        while (sb.length() < 5 * 1024 * 1024) {
            sb.append("The Council will consult the voluntary sector at least 12 weeks ahead; ");
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        Compact compact = quickly(() -> PARSER.parse(bytes, "one-line.txt"));
        assertNotNull(compact);
        assertEquals("one-line.txt", compact.source().file());
    }

    @Test
    void tenThousandNestedBulletsEndWithAModel() {
        StringBuilder sb = new StringBuilder("Deepdale Compact\n\n1. Undertakings\n\nThe Council will:\n\n");
        for (int i = 0; i < 10_000; i++) {
            sb.append(" ".repeat(i)).append("- support group number ").append(i).append('\n');
        }
        String text = sb.toString();
        Compact compact = quickly(() -> Compacts.parse(text));
        assertNotNull(compact);
    }

    @Test
    void aHundredThousandShortLinesEndWithAModel() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            sb.append(i % 7 == 0 ? "" : "line " + i).append('\n');
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        Compact compact = quickly(() -> PARSER.parse(bytes, "lines.txt"));
        assertNotNull(compact);
    }

    @Test
    void utf16WithByteOrderMarkDecodes() throws Exception {
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            byte[] bom = cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
            byte[] bytes = concat(bom, SMALL_COMPACT.getBytes(cs));
            assertEquals(SMALL_COMPACT, TextDecoder.decode(bytes).orElseThrow(), cs.name());
            assertSameModel(parseUtf8(), timed(bytes, "utf16.txt"));
        }
    }

    @Test
    void utf8WithByteOrderMarkDecodesWithoutTheMark() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SMALL_COMPACT.getBytes(StandardCharsets.UTF_8));
        assertEquals(SMALL_COMPACT, TextDecoder.decode(bytes).orElseThrow());
        Compact compact = timed(bytes, "bom.txt");
        assertFalse(Compacts.toJson(compact).contains("\uFEFF"), "the byte order mark leaked into the model");
        assertSameModel(parseUtf8(), compact);
    }

    @Test
    void windows1252DecodesCurlyQuotesAndPound() throws Exception {
        byte[] bytes = SMALL_COMPACT.getBytes(Charset.forName("windows-1252"));
        assertEquals(SMALL_COMPACT, TextDecoder.decode(bytes).orElseThrow());
        assertSameModel(parseUtf8(), timed(bytes, "cp1252.txt"));
    }

    @Test
    void thePoundSignAndCurlyQuotesReachTheModel() throws Exception {
        // Through the whole pipeline, from Windows-1252 bytes: the undertaking keeps "£500" and ‘…’.
        Compact compact = timed(SMALL_COMPACT.getBytes(Charset.forName("windows-1252")), "cp1252.txt");
        assertTrue(compact.undertakings().stream().map(Undertaking::text).anyMatch(t -> t.contains("£500")),
                () -> "no undertaking with £500 in " + compact.undertakings());
        assertTrue(compact.undertakings().stream().map(Undertaking::text).anyMatch(t -> t.contains("‘small grants’")),
                () -> "no undertaking with ‘small grants’ in " + compact.undertakings());
    }

    private static Compact parseUtf8() throws CompactParseException {
        return PARSER.parse(SMALL_COMPACT.getBytes(StandardCharsets.UTF_8), "utf8.txt");
    }

    private static Compact timed(byte[] bytes, String name) {
        return quickly(() -> PARSER.parse(bytes, name));
    }

    /** Runs a parse under the wall-clock guard and checks the CPU time it took on its thread. */
    private static Compact quickly(ThrowingSupplier<Compact> parse) {
        return assertTimeoutPreemptively(LIMIT, () -> {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            Compact result = parse.get();
            long cpu = threads.getCurrentThreadCpuTime() - start;
            assertTrue(start < 0 || cpu < CPU_LIMIT.toNanos(),
                    () -> "parse took " + cpu / 1_000_000 + " ms of CPU, limit " + CPU_LIMIT.toMillis() + " ms");
            return result;
        });
    }

    /** The same model whatever the encoding: everything but the source (name, hash) is equal. */
    private static void assertSameModel(Compact expected, Compact actual) {
        assertEquals(withoutSource(expected), withoutSource(actual));
    }

    private static JsonNode withoutSource(Compact compact) {
        ObjectNode json = CompactJson.mapper().valueToTree(compact);
        json.remove("source");
        return json;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static void assertFailure(ParseFailure expected, org.junit.jupiter.api.function.Executable parse) {
        CompactParseException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(CompactParseException.class, parse));
        assertEquals(expected, e.reason(), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }
}
