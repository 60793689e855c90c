package io.github.compactkit.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(300),
                words.list().ofMaxSize(60).map(w -> String.join(" ", w)));
    }
}
