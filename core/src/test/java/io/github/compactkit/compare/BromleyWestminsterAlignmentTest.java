package io.github.compactkit.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.model.Compact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The done-when of comparison on the gold-built models of Bromley and Westminster: recall ≥ 0.95 on
 * the gold's verbatim and near pairs, ≥ 0.75 on merged and paraphrase pairs, and none of the gold's
 * Bromley-only items in a match.
 */
class BromleyWestminsterAlignmentTest {
    // Dates are not in the gold files; the alignment gold's note gives them: Bromley's compact
    // (2007) reuses Westminster's (2005).
    static Compact bromley;
    static Compact westminster;
    static CompactComparison comparison;
    static AlignmentGold gold;

    @BeforeAll
    static void compare() {
        bromley = GoldCompacts.load("bromley", "2007");
        westminster = GoldCompacts.load("westminster", "2005");
        comparison = Comparisons.compare(bromley, westminster);
        gold = AlignmentGold.load("bromley-vs-westminster");
    }

    @Test
    void findsVerbatimAndNearPairs() {
        AlignmentGold.Recall recall = gold.recall(comparison, "verbatim", "near");
        System.out.println("verbatim+near recall (gold-built): " + recall);
        assertTrue(recall.value() >= 0.95, recall.toString());
    }

    @Test
    void findsMergedAndParaphrasePairs() {
        AlignmentGold.Recall recall = gold.recall(comparison, "merged", "paraphrase");
        System.out.println("merged+paraphrase recall (gold-built): " + recall);
        assertTrue(recall.value() >= 0.75, recall.toString());
    }

    @Test
    void reportsNoBromleyOnlyItemAsMatch() {
        assertEquals(java.util.List.of(), gold.falselyMatched(comparison));
    }

    @Test
    void bromleyLargelyReusesWestminster() {
        Reuse reuse = comparison.reuse();
        System.out.println("reuse bromley<-westminster: " + reuse);
        assertTrue(reuse.shareOfAReusedFromB() >= 0.6, reuse.toString());
        assertEquals("westminster.txt", reuse.likelySource());
    }
}
