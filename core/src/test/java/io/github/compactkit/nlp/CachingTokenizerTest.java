package io.github.compactkit.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The per-token memo gives exactly the model's tokens: on the corpus, and on random text. */
class CachingTokenizerTest {
    @Test
    void corpusTextsTokenizeIdentically() throws IOException {
        CachingTokenizer cached = new CachingTokenizer(OpenNlpTokenizer.uncached());
        try (Stream<Path> files = Files.list(Path.of("..", "corpus", "compacts"))) {
            for (Path f : files.sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    String lower = line.toLowerCase(java.util.Locale.ROOT);
                    assertArrayEquals(OpenNlpTokenizer.uncached().tokenize(lower), cached.tokenize(lower), line);
                    // A second time: now from the memo.
                    assertArrayEquals(OpenNlpTokenizer.uncached().tokenize(lower), cached.tokenize(lower), line);
                }
            }
        }
    }

    @Property
    void randomTextTokenizesIdentically(@ForAll("texts") String text) {
        CachingTokenizer cached = new CachingTokenizer(OpenNlpTokenizer.uncached());
        String[] expected = OpenNlpTokenizer.uncached().tokenize(text);
        assertArrayEquals(expected, cached.tokenize(text));
        assertArrayEquals(expected, cached.tokenize(text));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.of("the", "council's", "vcs", "(i)", "e.g.", "co-operation", "planning/",
                "12-week", "£500", "don't", "u.k.", "\u00a0", "\t", "\n", "--", "...", "“quoted”", "a/b/c", "3.2.1");
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(CachingTokenizer.MAX_TOKEN),
                words.list().ofMaxSize(60).map(w -> String.join(" ", w)));
    }

    /** The model is quadratic in a token's length; cut into pieces, a 400,000-character token takes a moment. */
    @Test
    void aVeryLongTokenIsCutIntoPiecesInLinearTime() {
        CachingTokenizer cached = new CachingTokenizer(OpenNlpTokenizer.uncached());
        String token = "1.".repeat(200_000);
        long t0 = System.nanoTime();
        String[] pieces = cached.tokenize("before " + token + " after");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 10_000, "took " + ms + " ms");
        assertEquals("before", pieces[0]);
        assertEquals("after", pieces[pieces.length - 1]);
        assertEquals(token, String.join("", java.util.Arrays.copyOfRange(pieces, 1, pieces.length - 1)));
        opennlp.tools.util.Span[] spans = cached.tokenizePos("before " + token + " after");
        assertEquals(pieces.length, spans.length);
        assertEquals(7 + token.length() + 1, spans[spans.length - 1].getStart());
    }
}
