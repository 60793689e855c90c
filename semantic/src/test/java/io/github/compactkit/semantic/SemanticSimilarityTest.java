package io.github.compactkit.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.compare.CommitmentSimilarity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The encoder, from the model inside its jar: meaning over words, one vector per distinct text. */
class SemanticSimilarityTest {
    static final SemanticSimilarity SIMILARITY = SemanticSimilarity.create();

    @Test
    void paraphrasesAreCloserThanCommitmentsOnTheSameTheme() {
        List<float[]> v = SIMILARITY.embed(List.of(
                "Public bodies will reply to letters and emails from voluntary organisations within 20 working days.",
                "acknowledge correspondence from voluntary organisations within four weeks",
                "publish the criteria for each grant scheme",
                "promote the Compact to staff, volunteers and councillors",
                "The signatories will promote the Compact within their own organisations."));
        double letters = CommitmentSimilarity.dot(v.get(0), v.get(1));
        assertTrue(letters > CommitmentSimilarity.dot(v.get(0), v.get(2)) + 0.1, "letters " + letters);
        double promote = CommitmentSimilarity.dot(v.get(3), v.get(4));
        assertTrue(promote >= SIMILARITY.paraphraseCosine(), "promote " + promote);
        assertTrue(promote > CommitmentSimilarity.dot(v.get(3), v.get(2)) + 0.2, "promote " + promote);
    }

    @Test
    void encodesEachDistinctTextOnceAsAUnitVector() {
        List<float[]> v = SIMILARITY.embed(List.of("share information openly", "share information openly", ""));
        assertSame(v.get(0), v.get(1));
        assertEquals(1.0, CommitmentSimilarity.dot(v.get(0), v.get(0)), 1e-5);
        assertEquals(SemanticSimilarity.DIMENSION, v.get(0).length);
        assertEquals(0.0, CommitmentSimilarity.dot(v.get(0), v.get(2)), "an empty text is close to nothing");
        int before = SIMILARITY.cachedTexts();
        SIMILARITY.embed(List.of("share information openly"));
        assertEquals(before, SIMILARITY.cachedTexts());
    }

    @Test
    void aBundleHasPartsAndASinglePromiseNone() {
        List<float[][]> parts = SIMILARITY.parts(List.of(
                "improve access to small grants by: publishing the criteria every April; keeping forms short",
                "publish clear criteria for each funding programme"));
        assertEquals(3, parts.get(0).length);
        assertEquals(0, parts.get(1).length);
        float[] single = SIMILARITY.embed(List.of("publish clear criteria for each funding programme")).get(0);
        float[] whole = SIMILARITY.embed(List.of(
                "improve access to small grants by: publishing the criteria every April; keeping forms short")).get(0);
        double byParts = CommitmentSimilarity.partCosine(whole, parts.get(0), single, parts.get(1));
        assertTrue(byParts > CommitmentSimilarity.dot(whole, single), "parts " + byParts);
    }

    @Test
    void refusesThresholdsOutsideTheUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> SemanticSimilarity.builder().paraphraseCosine(0));
        assertThrows(IllegalArgumentException.class, () -> SemanticSimilarity.builder().mergeCosine(1.5));
        assertThrows(IllegalArgumentException.class, () -> SemanticSimilarity.builder().graph(1, 64, 0.1));
    }
}
