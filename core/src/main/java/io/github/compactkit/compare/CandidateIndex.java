package io.github.compactkit.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Candidate pairs of texts for precise scoring, from an inverted index of TF-IDF vectors with
 * prefix filtering (Bayardo et al., "Scaling up all pairs similarity search", 2007): each vector
 * indexes only its rarest terms, up to the point where the rest of its weight could no longer
 * reach the threshold on its own. Every pair with cosine ≥ {@code threshold} is found — the filter
 * is exact — while common words ("support", "vcs") mostly stay out of the posting lists.
 */
final class CandidateIndex {
    private CandidateIndex() {
    }

    /**
     * Pairs {@code (i, j)}, {@code i < j}, of vectors that may have cosine ≥ threshold, sorted.
     * {@code groups[i]} partitions the vectors (item types): only vectors of the same group pair.
     */
    static List<long[]> candidates(List<TermVectors.Vector> vectors, int[] groups, TermVectors terms, double threshold) {
        int n = vectors.size();
        // Global order: rare terms first (ascending document frequency), then by id.
        Integer[] order = new Integer[terms.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingInt(terms::documentFrequency).thenComparingInt(i -> i));
        int[] rank = new int[terms.size()];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        // Posting lists as growable int arrays per term.
        int[][] postings = new int[terms.size()][];
        int[] postingSize = new int[terms.size()];
        for (int v = 0; v < n; v++) {
            TermVectors.Vector vec = vectors.get(v);
            int[] byRank = sortedByRank(vec, rank);
            double suffix = 0;
            for (double w : vec.weights()) {
                suffix += w * w;
            }
            for (int k : byRank) {
                // Stop once the unindexed rest cannot reach the threshold alone (|x_S| < t).
                if (Math.sqrt(Math.max(0, suffix)) < threshold) {
                    break;
                }
                int term = vec.ids()[k];
                if (postings[term] == null) {
                    postings[term] = new int[4];
                } else if (postingSize[term] == postings[term].length) {
                    postings[term] = Arrays.copyOf(postings[term], postings[term].length * 2);
                }
                postings[term][postingSize[term]++] = v;
                suffix -= vec.weights()[k] * vec.weights()[k];
            }
        }
        List<long[]> out = new ArrayList<>();
        int[] seenBy = new int[n];
        Arrays.fill(seenBy, -1);
        for (int y = 0; y < n; y++) {
            List<Integer> found = new ArrayList<>();
            for (int term : vectors.get(y).ids()) {
                int[] list = postings[term];
                for (int k = 0; k < postingSize[term]; k++) {
                    int x = list[k];
                    if (x < y && seenBy[x] != y && groups[x] == groups[y]) {
                        seenBy[x] = y;
                        found.add(x);
                    }
                }
            }
            found.sort(null);
            for (int x : found) {
                out.add(new long[]{x, y});
            }
        }
        return out;
    }

    /** Every same-group pair: the exhaustive baseline. */
    static List<long[]> all(int n, int[] groups) {
        List<long[]> out = new ArrayList<>();
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < y; x++) {
                if (groups[x] == groups[y]) {
                    out.add(new long[]{x, y});
                }
            }
        }
        return out;
    }

    private static int[] sortedByRank(TermVectors.Vector vec, int[] rank) {
        Integer[] idx = new Integer[vec.ids().length];
        Arrays.setAll(idx, i -> i);
        Arrays.sort(idx, Comparator.comparingInt(i -> rank[vec.ids()[i]]));
        int[] out = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }
}
