package io.github.compactkit.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.model.Compact;
import io.github.compactkit.semantic.SemanticSimilarity;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Comparing by meaning keeps Bromley × Westminster (gold-built models) at the lexical comparator's
 * figures: every verbatim and near pair, every merged and paraphrase pair, no Bromley-only item in
 * a match, and the reuse of Westminster's wording.
 */
class SemanticBromleyWestminsterTest {
    static CompactComparison comparison;
    static AlignmentGold gold;

    @BeforeAll
    static void compare() {
        Compact bromley = GoldCompacts.load("bromley", "2007");
        Compact westminster = GoldCompacts.load("westminster", "2005");
        comparison = SemanticSimilarity.register(CompactComparator.builder()).build().compare(bromley, westminster);
        gold = AlignmentGold.load("bromley-vs-westminster");
    }

    @Test
    void findsEveryVerbatimAndNearPair() {
        AlignmentGold.Recall recall = gold.recall(comparison, "verbatim", "near");
        System.out.println("semantic verbatim+near recall (gold-built): " + recall);
        assertEquals(recall.total(), recall.found(), recall.toString());
    }

    @Test
    void findsEveryMergedAndParaphrasePair() {
        AlignmentGold.Recall recall = gold.recall(comparison, "merged", "paraphrase");
        System.out.println("semantic merged+paraphrase recall (gold-built): " + recall);
        assertEquals(recall.total(), recall.found(), recall.toString());
    }

    @Test
    void reportsNoBromleyOnlyItemAsMatch() {
        assertEquals(List.of(), gold.falselyMatched(comparison));
    }

    @Test
    void bromleyStillReusesWestminster() {
        assertTrue(comparison.reuse().shareOfAReusedFromB() >= 0.6, comparison.reuse().toString());
        assertEquals("westminster.txt", comparison.reuse().likelySource());
    }
}
