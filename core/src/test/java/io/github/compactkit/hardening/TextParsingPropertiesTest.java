package io.github.compactkit.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.CompactParser;
import io.github.compactkit.ParseFailure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The text path under random and hostile input: a model or a typed failure, never an untyped
 * exception, never a hang. Tries come from {@code jqwik.tries.default} (200 in CI; raise it with
 * {@code -Djqwik.tries.default=5000} for a longer run).
 */
class TextParsingPropertiesTest {
    private static final CompactParser PARSER = CompactParser.builder().build();
    /** Generous for a shared CI machine: the seeds parse in well under a second. */
    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final Set<ParseFailure> TEXT_FAILURES = EnumSet.of(ParseFailure.EMPTY);
    private static final Set<ParseFailure> BYTE_FAILURES = EnumSet.of(ParseFailure.EMPTY, ParseFailure.NOT_TEXT,
            ParseFailure.UNSUPPORTED_FORMAT, ParseFailure.CORRUPT, ParseFailure.ENCRYPTED, ParseFailure.NO_TEXT_LAYER);

    @Property
    void compactShapedAndHostileTextParses(@ForAll("hostileDocuments") String text) {
        Outcomes.parseWithin(LIMIT, TEXT_FAILURES, () -> PARSER.parseText(text, "hostile.txt"));
    }

    @Property
    void arbitraryUnicodeParses(@ForAll @Size(max = 5_000) String text) {
        Outcomes.parseWithin(LIMIT, TEXT_FAILURES, () -> PARSER.parseText(text, "unicode.txt"));
    }

    @Property
    void hostileTextAsBytesParses(@ForAll("hostileDocuments") String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        Outcomes.parseWithin(LIMIT, BYTE_FAILURES, () -> PARSER.parse(utf8, "hostile.txt"));
    }

    /** Random bytes go through format detection: whatever it decides, the result is typed. */
    @Property
    void randomBytesParse(@ForAll("randomBytes") byte[] bytes) {
        Outcomes.parseWithin(LIMIT, BYTE_FAILURES, () -> PARSER.parse(bytes, "random.bin"));
    }

    /**
     * No catastrophic backtracking: one long or repetitive line costs about as much as its length,
     * so 60,000 characters of any single shape parse in well under the limit.
     */
    @Property
    void longRepetitiveLinesParseQuickly(@ForAll("hostileLines") String line) {
        Duration limit = Duration.ofSeconds(5);
        long t0 = System.nanoTime();
        Outcomes.parseWithin(limit, TEXT_FAILURES, () -> PARSER.parseText("Title\n\n" + line + "\n" + line, "line.txt"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < limit.toMillis(), () -> ms + " ms for a line of " + line.length() + " chars");
    }

    @Provide
    Arbitrary<String> hostileDocuments() {
        return HostileText.documents();
    }

    @Provide
    Arbitrary<String> hostileLines() {
        return Arbitraries.oneOf(HostileText.longLine(), HostileText.repeatedMarkers(), HostileText.deepNumbering(),
                HostileText.deepIndent(), HostileText.dotLeader());
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(20_000);
    }
}
