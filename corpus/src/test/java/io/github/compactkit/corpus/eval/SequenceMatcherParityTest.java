package io.github.compactkit.corpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The port of difflib agrees with Python bit for bit. {@code parity/ratios.tsv} holds token lists
 * (random ones over tiny vocabularies, where tie-breaking between equal blocks decides the result,
 * and real gold texts with words dropped) with the ratio Python's difflib gave
 * ({@code corpus/tools/make_parity_cases.py}).
 */
class SequenceMatcherParityTest {

    @Test
    void ratiosEqualPythonDifflib() throws IOException {
        int cases = 0;
        try (InputStream in = getClass().getResourceAsStream("/parity/ratios.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                List<String> a = tokens(f[0]);
                List<String> b = tokens(f[1]);
                double expected = Double.parseDouble(f[2]);
                assertEquals(expected, new SequenceMatcher(a, b).ratio(), 0.0, () -> "ratio of " + f[0] + " | " + f[1]);
                cases++;
            }
        }
        assertTrue(cases >= 500, "expected the full fixture, read " + cases);
    }

    @Test
    void knownValues() {
        // difflib.SequenceMatcher(None, "abxcd", "abcd").ratio() == 0.8888…; on token lists the same.
        assertEquals(2.0 * 4 / 9, new SequenceMatcher(List.of("a", "b", "x", "c", "d"), List.of("a", "b", "c", "d")).ratio(), 0.0);
        assertEquals(1.0, new SequenceMatcher(List.of(), List.of()).ratio(), 0.0);
        assertEquals(0.0, new SequenceMatcher(List.of("a"), List.of("b")).ratio(), 0.0);
    }

    @Test
    void tokensFollowScorePy() {
        assertEquals(List.of("vcs", "organisations", "entitlement", "12", "weeks"),
                TextSimilarity.tokens("VCS organisations’ entitlement: **12** weeks;"));
        assertEquals(List.of("don't".split("'")), TextSimilarity.tokens("Don’t"));
        assertEquals(List.of("caf"), TextSimilarity.tokens("Café"));
        assertEquals(List.of(), TextSimilarity.tokens(null));
        assertEquals("wcc pct", TextSimilarity.normalized("WCC/PCT"));
    }

    private static List<String> tokens(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split(" "));
    }
}
