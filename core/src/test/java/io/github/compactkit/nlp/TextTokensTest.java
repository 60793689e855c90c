package io.github.compactkit.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TextTokensTest {

    @Test
    void wordsAreLowerCasedWithoutPunctuation() {
        assertEquals(List.of("operate", "long", "term", "planning", "implement", "multi-year", "funding"),
                TextTokens.words("Operate long term planning/ implement multi-year funding."));
    }

    @Test
    void termsFoldPartyNamesDropStopWordsAndStem() {
        assertEquals(TextTokens.terms("Support the VCOs"), TextTokens.terms("supporting voluntary and community organisations"));
        assertEquals(List.of("consult", "vc"), TextTokens.terms("We will consult the voluntary sector"));
    }

    @Test
    void sequenceSimilarity() {
        List<String> a = TextTokens.words("Meet legal, reporting, inspection and accounting obligations to external bodies.");
        List<String> b = TextTokens.words("Meet legal, reporting and accounting obligations to funding bodies.");
        assertEquals(8, SequenceSimilarity.lcs(a, b));
        assertEquals(16.0 / 19.0, SequenceSimilarity.ratio(a, b), 1e-9);
        assertEquals(8.0 / 9.0, SequenceSimilarity.containment(a, b), 1e-9);
    }

    @Test
    void safeFromManyThreads() throws Exception {
        String text = "Allow the VCS a reasonable time (minimum of 12 weeks) to respond to major consultations.";
        List<String> expected = TextTokens.terms(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> TextTokens.terms(text)));
            }
            for (Future<List<String>> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
