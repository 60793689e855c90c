package io.github.compactkit.corpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.compactkit.corpus.Corpus;
import io.github.compactkit.corpus.CorpusDocument;
import io.github.compactkit.corpus.GoldAnnotation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gate can fail: a perfect parse (the gold itself) meets every threshold, and the same parse,
 * damaged the way parsers go wrong, falls below them. Asserts on the scorer and the thresholds,
 * not on the live parser, so it holds whatever the parser does today.
 */
class AccuracyThresholdsTest {
    private static final AccuracyThresholds THRESHOLDS = AccuracyThresholds.bundled();

    static Stream<String> annotated() {
        return Corpus.bundled().annotated().stream().map(CorpusDocument::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("annotated")
    void aPerfectParsePasses(String name) {
        GoldAnnotation gold = gold(name);
        Scorecard card = Scorer.score(GoldPrediction.of(gold), gold, name);
        assertEquals(List.of(), THRESHOLDS.violations(name, card));
        card.lists().values().forEach(s -> assertEquals(1.0, s.f1(), name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("annotated")
    void aDamagedParseFails(String name) {
        GoldAnnotation gold = gold(name);
        ObjectNode parsed = GoldPrediction.of(gold);
        if (gold.isCompact()) {
            // Lose every fifth item, give every seventh undertaking the wrong party, drop the dates
            // and quantities: the typical failures of a layout or party bug.
            thin((ArrayNode) parsed.get("principles"), 5);
            thin((ArrayNode) parsed.get("undertakings"), 5);
            int i = 0;
            for (JsonNode u : parsed.get("undertakings")) {
                if (i++ % 7 == 0) {
                    ((ObjectNode) u).put("party", "JOINT".equals(u.path("party").asText()) ? "VCS" : "JOINT");
                }
                ((ObjectNode) u).putArray("quantities");
            }
            parsed.get("actionPoints").forEach(a -> ((ObjectNode) a).putNull("targetDate").put("lead", "Unknown"));
        } else {
            parsed.put("documentType", "COMPACT");
            parsed.putArray("actionPoints").addObject().put("text", "Invented").put("lead", "Council").put("targetDate", "2010-04");
        }
        Scorecard perfect = Scorer.score(GoldPrediction.of(gold), gold, name);
        Scorecard damaged = Scorer.score(parsed, gold, name);
        List<String> violations = THRESHOLDS.violations(name, damaged);
        assertFalse(violations.isEmpty(), () -> name + " passed the gate although damaged:\n" + damaged.toTable());
        damaged.lists().forEach((list, s) -> assertTrue(s.f1() <= perfect.lists().get(list).f1(), list));
    }

    @Test
    void aDocumentWithoutThresholdsFails() {
        GoldAnnotation gold = gold("westminster");
        Scorecard card = Scorer.score(GoldPrediction.of(gold), gold, "westminster");
        assertEquals(1, THRESHOLDS.violations("not-in-the-file", card).size());
    }

    @Test
    void aWrongDocumentTypeFails() {
        GoldAnnotation gold = gold("bromley");
        ObjectNode parsed = GoldPrediction.of(gold).put("documentType", "OTHER");
        List<String> violations = THRESHOLDS.violations("bromley", Scorer.score(parsed, gold, "bromley"));
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).contains("documentType"));
    }

    private static void thin(ArrayNode items, int every) {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (i % every == 0) {
                items.remove(i);
            }
        }
    }

    private static GoldAnnotation gold(String name) {
        return Corpus.bundled().find(name).orElseThrow().gold().orElseThrow();
    }
}
