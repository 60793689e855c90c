package io.github.compactkit.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compactkit.nlp.SequenceSimilarity;
import io.github.compactkit.nlp.TextTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores a comparison against the alignment gold ({@code corpus/gold/compare/*.json}): recall of
 * its pairs by kind group, and the gold's A-only items wrongly reported in a match. Texts are
 * matched as the evaluation harness does: word-token ratio at least 0.85.
 */
record AlignmentGold(List<JsonNode> pairs, List<String> unmatchedA) {
    static final double SAME_TEXT = 0.85;

    static AlignmentGold load(String name) {
        try {
            JsonNode gold = new ObjectMapper().readTree(GoldCompacts.CORPUS.resolve("gold").resolve("compare")
                    .resolve(name + ".json").toFile());
            List<JsonNode> pairs = new ArrayList<>();
            gold.path("pairs").forEach(pairs::add);
            List<String> unmatched = new ArrayList<>();
            gold.path("unmatchedA").forEach(u -> unmatched.add(u.asText()));
            return new AlignmentGold(pairs, unmatched);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Recall over the gold pairs whose kind is one of {@code kinds} (lower case as in the gold). */
    Recall recall(CompactComparison c, String... kinds) {
        int total = 0;
        int found = 0;
        int kindAgrees = 0;
        List<String> missed = new ArrayList<>();
        for (JsonNode pair : pairs) {
            String kind = pair.path("kind").asText();
            if (!List.of(kinds).contains(kind)) {
                continue;
            }
            total++;
            Match hit = c.matches().stream()
                    .filter(m -> same(m.a().text(), pair.path("a").asText()) && same(m.b().text(), pair.path("b").asText()))
                    .findFirst().orElse(null);
            if (hit != null) {
                found++;
                if (hit.kind().name().toLowerCase(Locale.ROOT).equals(kind)) {
                    kindAgrees++;
                }
            } else {
                missed.add(kind + ": " + pair.path("a").asText() + "  <->  " + pair.path("b").asText());
            }
        }
        return new Recall(total, found, kindAgrees, missed);
    }

    /** Gold A-only items that the comparison put in a match. */
    List<String> falselyMatched(CompactComparison c) {
        List<String> out = new ArrayList<>();
        for (String text : unmatchedA) {
            c.matches().stream().filter(m -> same(m.a().text(), text)).findFirst()
                    .ifPresent(m -> out.add(text + "  ->  " + m.b().text() + " (" + m.kind() + " " + m.score() + ")"));
        }
        return out;
    }

    static boolean same(String x, String y) {
        return SequenceSimilarity.ratio(TextTokens.words(x), TextTokens.words(y)) >= SAME_TEXT;
    }

    record Recall(int total, int found, int kindAgrees, List<String> missed) {
        double value() {
            return total == 0 ? 1.0 : (double) found / total;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d/%d = %.3f (kind agrees %d)%s", found, total, value(), kindAgrees,
                    missed.isEmpty() ? "" : "\n  missed: " + String.join("\n  missed: ", missed));
        }
    }
}
