package io.github.compactkit.corpus.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one matching of predicted to gold items, best pair first, as {@code score.py}'s
 * {@code match}: every pair at or above the threshold is a candidate; candidates are taken in the
 * order of Python's {@code sort(reverse=True)} over {@code (score, i, j)} (highest score, then
 * highest predicted index, then highest gold index), skipping items already used.
 */
public final class GreedyMatcher {

    /** A matched pair: predicted index, gold index and their similarity. */
    public record Pair(int predicted, int gold, double score) {
    }

    /** The similarity of predicted item {@code predicted} and gold item {@code gold}. */
    @FunctionalInterface
    public interface PairScore {
        double score(int predicted, int gold);
    }

    private GreedyMatcher() {
    }

    /** Matches two lists of texts. */
    public static List<Pair> match(List<String> predicted, List<String> gold) {
        List<List<String>> p = predicted.stream().map(TextSimilarity::tokens).toList();
        List<List<String>> g = gold.stream().map(TextSimilarity::tokens).toList();
        return matchTokens(p, g);
    }

    /** Matches two lists of token lists. */
    public static List<Pair> matchTokens(List<List<String>> predicted, List<List<String>> gold) {
        return match(predicted.size(), gold.size(), (i, j) -> TextSimilarity.similarity(predicted.get(i), gold.get(j)));
    }

    /**
     * Matches {@code predicted} items to {@code gold} items scored by {@code score}: the rule behind
     * every list, also where score.py's key adds exact fields to the text (a quantity's value and
     * unit), which is a score of 0 when those differ.
     */
    public static List<Pair> match(int predicted, int gold, PairScore score) {
        List<Pair> candidates = new ArrayList<>();
        for (int i = 0; i < predicted; i++) {
            for (int j = 0; j < gold; j++) {
                double s = score.score(i, j);
                if (s >= TextSimilarity.THRESHOLD) {
                    candidates.add(new Pair(i, j, s));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Pair::score)
                .thenComparingInt(Pair::predicted)
                .thenComparingInt(Pair::gold)
                .reversed());
        boolean[] usedP = new boolean[predicted];
        boolean[] usedG = new boolean[gold];
        List<Pair> pairs = new ArrayList<>();
        for (Pair c : candidates) {
            if (usedP[c.predicted()] || usedG[c.gold()]) {
                continue;
            }
            usedP[c.predicted()] = true;
            usedG[c.gold()] = true;
            pairs.add(c);
        }
        return pairs;
    }
}
