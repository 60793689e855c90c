package io.github.compactkit.nlp;

import java.util.List;

/**
 * Wording similarity of two token sequences through their longest common subsequence: the
 * difflib-style ratio {@code 2·LCS / (|a| + |b|)} and the share of the shorter sequence found, in
 * order, in the longer one. Stateless and thread-safe.
 */
public final class SequenceSimilarity {
    private SequenceSimilarity() {
    }

    /** Length of the longest common subsequence of two token lists. */
    public static int lcs(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            String ai = a.get(i - 1);
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = ai.equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.size()];
    }

    /** {@code 2·LCS / (|a| + |b|)}: 1 for equal sequences, 0 when nothing is shared. */
    public static double ratio(List<String> a, List<String> b) {
        int total = a.size() + b.size();
        return total == 0 ? 1.0 : 2.0 * lcs(a, b) / total;
    }

    /** {@code LCS / min(|a|, |b|)}: 1 when the shorter sequence appears, in order, inside the longer. */
    public static double containment(List<String> a, List<String> b) {
        int shorter = Math.min(a.size(), b.size());
        return shorter == 0 ? 0.0 : (double) lcs(a, b) / shorter;
    }
}
