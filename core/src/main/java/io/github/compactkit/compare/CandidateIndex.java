package io.github.compactkit.compare;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Candidate pairs of texts for precise scoring, from an inverted index of TF-IDF vectors with
 * prefix filtering (Bayardo et al., "Scaling up all pairs similarity search", 2007): each vector
 * indexes only its rarest terms, up to the point where the rest of its weight could no longer
 * reach the threshold on its own (bounded by the rest's norm and by each term's largest weight in
 * the corpus); a probe accumulates the indexed part of each dot product and drops candidates
 * whose accumulated part plus that bound stays below the threshold. Every pair with cosine ≥ {@code threshold} is proposed — the
 * filter is exact — while common words ("support", "vcs") mostly stay out of the posting lists.
 * Built once, then probed from any number of threads; pairs are streamed, never stored.
 */
final class CandidateIndex {
    private final List<TermVectors.Vector> vectors;
    private final int[] groups;
    private final int[][] postings;
    private final double[][] postingWeights;
    private final int[] postingSize;
    private final double[] suffixNorm;
    private final double[] suffixL1;
    private final double threshold;
    private final boolean exhaustive;
    // Per-thread scratch for one probe: which x were met, and the dot product accumulated so far.
    private final ThreadLocal<Probe> probes;

    private CandidateIndex(List<TermVectors.Vector> vectors, int[] groups, int[][] postings, double[][] postingWeights,
                           int[] postingSize, double[] suffixNorm, double[] suffixL1, double threshold, boolean exhaustive) {
        this.vectors = vectors;
        this.groups = groups;
        this.postings = postings;
        this.postingWeights = postingWeights;
        this.postingSize = postingSize;
        this.suffixNorm = suffixNorm;
        this.suffixL1 = suffixL1;
        this.threshold = threshold;
        this.exhaustive = exhaustive;
        int n = vectors.size();
        this.probes = ThreadLocal.withInitial(() -> new Probe(n));
    }

    private static final class Probe {
        final int[] marks;
        final double[] accumulated;
        final int[] touched;

        Probe(int n) {
            marks = new int[n];
            Arrays.fill(marks, -1);
            accumulated = new double[n];
            touched = new int[n];
        }
    }

    /** An index proposing the pairs that may reach cosine {@code threshold}; {@code groups} partition the vectors. */
    static CandidateIndex build(List<TermVectors.Vector> vectors, int[] groups, TermVectors terms, double threshold) {
        // Global order: rare terms first (ascending document frequency), then by id.
        Integer[] order = new Integer[terms.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingInt(terms::documentFrequency).thenComparingInt(i -> i));
        int[] rank = new int[terms.size()];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        // The largest weight each term has anywhere: x_i · y_i ≤ x_i · maxWeight_i bounds the part of
        // a dot product that unindexed terms can add, much tighter than |x_suffix| for common terms.
        double[] maxWeight = new double[terms.size()];
        for (TermVectors.Vector vec : vectors) {
            for (int k = 0; k < vec.ids().length; k++) {
                maxWeight[vec.ids()[k]] = Math.max(maxWeight[vec.ids()[k]], vec.weights()[k]);
            }
        }
        int[][] postings = new int[terms.size()][];
        double[][] weights = new double[terms.size()][];
        int[] postingSize = new int[terms.size()];
        double[] suffixBound = new double[vectors.size()];
        double[] suffixL1 = new double[vectors.size()];
        for (int v = 0; v < vectors.size(); v++) {
            TermVectors.Vector vec = vectors.get(v);
            int[] byRank = sortedByRank(vec, rank);
            double squares = 0;
            double weighted = 0;
            double l1 = 0;
            for (int k : byRank) {
                l1 += vec.weights()[k];
                squares += vec.weights()[k] * vec.weights()[k];
                weighted += vec.weights()[k] * maxWeight[vec.ids()[k]];
            }
            for (int k : byRank) {
                // Stop once the unindexed rest cannot reach the threshold alone.
                if (Math.min(Math.sqrt(Math.max(0, squares)), weighted) < threshold) {
                    break;
                }
                int term = vec.ids()[k];
                if (postings[term] == null) {
                    postings[term] = new int[4];
                    weights[term] = new double[4];
                } else if (postingSize[term] == postings[term].length) {
                    postings[term] = Arrays.copyOf(postings[term], postings[term].length * 2);
                    weights[term] = Arrays.copyOf(weights[term], weights[term].length * 2);
                }
                weights[term][postingSize[term]] = vec.weights()[k];
                postings[term][postingSize[term]++] = v;
                squares -= vec.weights()[k] * vec.weights()[k];
                weighted -= vec.weights()[k] * maxWeight[term];
                l1 -= vec.weights()[k];
            }
            suffixBound[v] = Math.max(0, Math.min(Math.sqrt(Math.max(0, squares)), weighted));
            suffixL1[v] = Math.max(0, l1);
        }
        return new CandidateIndex(vectors, groups, postings, weights, postingSize, suffixBound, suffixL1, threshold, false);
    }

    /** The exhaustive baseline: every same-group pair is a candidate. */
    static CandidateIndex exhaustive(List<TermVectors.Vector> vectors, int[] groups) {
        return new CandidateIndex(vectors, groups, null, null, null, null, null, 0, true);
    }

    int size() {
        return vectors.size();
    }

    /** Calls {@code sink} with every candidate {@code x < y} of the same group, each once. Thread-safe. */
    void candidatesOf(int y, IntConsumer sink) {
        if (exhaustive) {
            for (int x = 0; x < y; x++) {
                if (groups[x] == groups[y]) {
                    sink.accept(x);
                }
            }
            return;
        }
        Probe probe = probes.get();
        int met = 0;
        TermVectors.Vector vy = vectors.get(y);
        for (int t = 0; t < vy.ids().length; t++) {
            int term = vy.ids()[t];
            double wy = vy.weights()[t];
            int[] list = postings[term];
            double[] w = postingWeights[term];
            for (int k = 0; k < postingSize[term]; k++) {
                int x = list[k];
                if (x >= y) {
                    break; // postings are in ascending vector order
                }
                if (groups[x] != groups[y]) {
                    continue;
                }
                if (probe.marks[x] != y) {
                    probe.marks[x] = y;
                    probe.accumulated[x] = 0;
                    probe.touched[met++] = x;
                }
                probe.accumulated[x] += wy * w[k];
            }
        }
        // x·y = (prefix part, accumulated) + (suffix part, bounded by x's bounds and by
        // Σ x_suffix · max(y)): drop what cannot reach t.
        double maxY = 0;
        for (double w : vy.weights()) {
            maxY = Math.max(maxY, w);
        }
        Arrays.sort(probe.touched, 0, met);
        for (int i = 0; i < met; i++) {
            int x = probe.touched[i];
            if (probe.accumulated[x] + Math.min(suffixNorm[x], suffixL1[x] * maxY) >= threshold) {
                sink.accept(x);
            }
        }
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
