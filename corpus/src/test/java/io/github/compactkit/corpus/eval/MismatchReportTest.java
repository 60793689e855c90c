package io.github.compactkit.corpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.compactkit.corpus.Corpus;
import io.github.compactkit.corpus.GoldAnnotation;
import org.junit.jupiter.api.Test;

/** The item-by-item report adds up to the scorecard's figures. */
class MismatchReportTest {

    @Test
    void aPerfectParseHasNothingToReport() {
        GoldAnnotation gold = gold("westminster");
        assertEquals("", MismatchReport.of(GoldPrediction.of(gold), gold));
    }

    @Test
    void linesAddUpToTheScorecard() {
        GoldAnnotation gold = gold("westminster");
        ObjectNode parsed = GoldPrediction.of(gold);
        ArrayNode undertakings = (ArrayNode) parsed.get("undertakings");
        undertakings.remove(3);
        undertakings.remove(0);
        ((ObjectNode) undertakings.get(5)).put("party", "JOINT");
        undertakings.addObject().put("party", "VCS").put("text", "Draft Compact running header December 2009");
        undertakings.addObject().put("party", "JOINT").put("text", gold.optionalUndertakings().get(0));
        ((ObjectNode) parsed.get("actionPoints").get(2)).put("lead", "Somebody else").put("targetDate", "2099");
        ((ArrayNode) parsed.get("principles")).remove(1);

        Scorecard card = Scorer.score(parsed, gold, "westminster");
        String report = MismatchReport.of(parsed, gold);
        ListScore u = card.lists().get(Scorecard.UNDERTAKINGS);
        ListScore withParty = card.lists().get(Scorecard.UNDERTAKINGS_WITH_PARTY);
        assertEquals(u.gold() - u.truePositives(), count(report, "MISSED undertaking"), report);
        assertEquals(u.predicted() - u.truePositives(), count(report, "EXTRA undertaking"), report);
        assertEquals(u.truePositives() - withParty.truePositives(), count(report, "WRONG undertaking (party"), report);
        assertEquals(1, count(report, "optional (not counted)"), report);
        assertEquals(1, count(report, "WRONG action (lead Somebody else, gold Compact Steering Group; targetDate 2099"), report);
        assertEquals(1, count(report, "MISSED principle"), report);
        assertTrue(report.contains("Draft Compact running header"), report);
    }

    @Test
    void missedQuantitiesAreListed() {
        GoldAnnotation gold = gold("eastbrook");
        ObjectNode parsed = GoldPrediction.of(gold);
        parsed.get("undertakings").forEach(u -> ((ObjectNode) u).putArray("quantities"));
        Scorecard card = Scorer.score(parsed, gold, "eastbrook");
        assertEquals(0, card.quantities().found());
        assertEquals(card.quantities().gold(), count(MismatchReport.of(parsed, gold), "MISSED quantity"));
    }

    @Test
    void inventedActionPointsOnAnotherDocumentAreListed() {
        GoldAnnotation gold = gold("northshire-grants-report");
        ObjectNode parsed = GoldPrediction.of(gold);
        parsed.putArray("actionPoints").addObject().put("text", "Merge the schemes").put("lead", "Cabinet").put("targetDate", "2013-04");
        assertEquals(1, count(MismatchReport.of(parsed, gold), "INVENTED action"));
    }

    private static int count(String report, String prefix) {
        return (int) report.lines().filter(l -> l.startsWith(prefix)).count();
    }

    private static GoldAnnotation gold(String name) {
        return Corpus.bundled().find(name).orElseThrow().gold().orElseThrow();
    }
}
