package io.github.compactkit.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.Compacts;
import io.github.compactkit.model.Compact;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The comparison done-when on the parser's own output: {@code Compacts.parse} of the seed texts,
 * then recall against the Bromley–Westminster alignment gold, no Bromley-only item matched, and
 * reuse found from Westminster into Bromley but not between Havering and West Kent.
 */
class ParsedAlignmentTest {
    static Compact bromley;
    static Compact westminster;
    static CompactComparison comparison;
    static AlignmentGold gold;

    @BeforeAll
    static void parse() throws CompactParseException {
        bromley = Compacts.parse(GoldCompacts.CORPUS.resolve("compacts").resolve("bromley.txt"));
        westminster = Compacts.parse(GoldCompacts.CORPUS.resolve("compacts").resolve("westminster.txt"));
        comparison = Comparisons.compare(bromley, westminster);
        gold = AlignmentGold.load("bromley-vs-westminster");
    }

    @Test
    void findsVerbatimAndNearPairs() {
        AlignmentGold.Recall recall = gold.recall(comparison, "verbatim", "near");
        System.out.println("verbatim+near recall (parsed): " + recall);
        assertTrue(recall.value() >= 0.95, recall.toString());
    }

    @Test
    void findsMergedAndParaphrasePairs() {
        AlignmentGold.Recall recall = gold.recall(comparison, "merged", "paraphrase");
        System.out.println("merged+paraphrase recall (parsed): " + recall);
        assertTrue(recall.value() >= 0.75, recall.toString());
    }

    @Test
    void reportsNoBromleyOnlyItemAsMatch() {
        assertEquals(List.of(), gold.falselyMatched(comparison));
    }

    @Test
    void reuseFollowsTheWording() throws CompactParseException {
        System.out.println("reuse bromley<-westminster (parsed): " + comparison.reuse()
                + " dates " + bromley.date() + " / " + westminster.date());
        assertTrue(comparison.reuse().shareOfAReusedFromB() >= 0.6, comparison.reuse().toString());
        // The parser finds no dates here: Bromley's extended and merged items point at Westminster.
        assertEquals("westminster.txt", comparison.reuse().likelySource());
        Compact havering = Compacts.parse(GoldCompacts.CORPUS.resolve("compacts").resolve("havering.txt"));
        Compact westKent = Compacts.parse(GoldCompacts.CORPUS.resolve("compacts").resolve("west-kent.txt"));
        Reuse none = Comparisons.compare(havering, westKent).reuse();
        System.out.println("reuse havering/west-kent (parsed): " + none);
        assertTrue(Math.max(none.shareOfAReusedFromB(), none.shareOfBReusedFromA()) < ReuseSource.MIN_SHARE, none.toString());
        assertNull(none.likelySource());
    }
}
