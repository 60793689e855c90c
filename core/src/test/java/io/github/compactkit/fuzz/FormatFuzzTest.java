package io.github.compactkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.compactkit.CompactParseException;
import io.github.compactkit.CompactParser;
import io.github.compactkit.Compacts;
import io.github.compactkit.ParseFailure;
import io.github.compactkit.compare.Comparisons;
import io.github.compactkit.model.Compact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Coverage-guided fuzzing of every entry format with Jazzer. The only outcome allowed besides a
 * model is a {@link CompactParseException} from one of the parser's own checks; a failure that the
 * last safety net had to type (a stack overflow, an out-of-memory error, an internal error) or a
 * parse that reaches the time budget is a finding, so a hang over 10 s shows up as one too.
 *
 * <p>{@code mvn verify} replays the seeds (the bundled renderings, copied from the corpus module by
 * the build) and any crash inputs kept beside them. To fuzz one format, see the README section "Bad
 * input and limits": {@code JAZZER_FUZZ=1 mvn -pl core test -Dtest=FormatFuzzTest#fuzzPdf
 * -Djazzer.max_executions=1000000}.
 */
class FormatFuzzTest {
    /** A hang in the long run: a parse of a few kilobytes takes milliseconds. */
    private static final Duration BUDGET = Duration.ofSeconds(10);
    private static final CompactParser PARSER = CompactParser.builder().timeout(BUDGET).build();

    /** The formats whose reader has been warmed up in this JVM. */
    private static final Set<String> WARM = ConcurrentHashMap.newKeySet();

    /**
     * One parse of a corpus rendering of the format, without a budget, before the first fuzzed
     * input: under Jazzer every class a parse touches is instrumented as it loads, which makes the
     * first parse of a format take far longer than the budget. Only the format fuzzed is warmed,
     * so a run instruments only the reader it exercises.
     */
    private static void warmUp(String corpusFile) {
        if (!WARM.add(corpusFile)) {
            return;
        }
        CompactParser patient = CompactParser.builder().timeout(Duration.ofMinutes(30)).build();
        try {
            patient.parse(Files.readAllBytes(Path.of("..", "corpus").resolve(corpusFile)), corpusFile);
        } catch (IOException | CompactParseException e) {
            throw new AssertionError("a corpus rendering does not parse: " + e.getMessage(), e);
        }
    }

    @FuzzTest
    void fuzzPdf(byte[] data) {
        warmUp("pdf/westvale.pdf");
        parse(data, "fuzz.pdf");
    }

    @FuzzTest
    void fuzzDocx(byte[] data) {
        warmUp("docx/westvale.docx");
        parse(data, "fuzz.docx");
    }

    @FuzzTest
    void fuzzOdt(byte[] data) {
        warmUp("formats/bromley.odt");
        parse(data, "fuzz.odt");
    }

    @FuzzTest
    void fuzzRtf(byte[] data) {
        warmUp("formats/bromley.rtf");
        parse(data, "fuzz.rtf");
    }

    @FuzzTest
    void fuzzHtml(byte[] data) {
        warmUp("formats/bromley.html");
        parse(data, "fuzz.html");
    }

    @FuzzTest
    void fuzzText(byte[] data) {
        warmUp("compacts/westvale.txt");
        parse(data, "fuzz.txt");
    }

    /** Two texts, split at the first NUL byte, parsed and compared: the comparison must not fail on any pair of models. */
    @FuzzTest
    void fuzzComparison(byte[] data) {
        warmUp("compacts/westvale.txt");
        int cut = 0;
        while (cut < data.length && data[cut] != 0) {
            cut++;
        }
        Compact a = parse(Arrays.copyOfRange(data, 0, cut), "a.txt");
        Compact b = parse(Arrays.copyOfRange(data, Math.min(data.length, cut + 1), data.length), "b.txt");
        if (a != null && b != null) {
            Comparisons.compare(a, b);
            Comparisons.matrix(java.util.List.of(a, b), java.util.List.of(
                    new String(data, 0, cut, StandardCharsets.UTF_8), new String(data, Math.min(data.length, cut + 1),
                            data.length - Math.min(data.length, cut + 1), StandardCharsets.UTF_8)));
        }
    }

    /**
     * The model, or null for an allowed typed failure; anything else is thrown as a finding. A
     * timeout is tried once more: the first parse of a format loads and instruments hundreds of
     * classes, which a real hang survives and a cold start does not.
     */
    private static Compact parse(byte[] data, String name) {
        try {
            return parseOnce(data, name);
        } catch (Timeout first) {
            try {
                return parseOnce(data, name);
            } catch (Timeout again) {
                throw new AssertionError("a hang: " + again.getCause().getMessage(), again.getCause());
            }
        }
    }

    /** A parse that reached the budget. */
    private static final class Timeout extends Exception {
        private static final long serialVersionUID = 1L;

        Timeout(CompactParseException cause) {
            super(cause);
        }
    }

    private static Compact parseOnce(byte[] data, String name) throws Timeout {
        try {
            Compact compact = PARSER.parse(data, name);
            Compacts.toJson(compact);
            return compact;
        } catch (CompactParseException e) {
            if (e.reason() == ParseFailure.TIMEOUT) {
                throw new Timeout(e);
            }
            if (!isOwnCheck(e)) {
                throw new AssertionError("not a check of the parser: " + e.reason() + " " + e.getMessage(), e);
            }
            return null;
        }
    }

    /** A failure the parser decided, not one its last net caught (see {@code CompactParser}). */
    static boolean isOwnCheck(CompactParseException e) {
        Throwable cause = e.getCause();
        if (e.reason() == ParseFailure.TIMEOUT) {
            return false;
        }
        if (cause instanceof StackOverflowError || cause instanceof OutOfMemoryError) {
            return false;
        }
        return !(e.reason() == ParseFailure.CORRUPT && cause != null && e.getMessage().contains("internal error"));
    }
}
