package io.github.compactkit.compare;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The pairs of texts whose TF-IDF cosine reaches a threshold, from an inverted index with prefix
 * filtering (Bayardo et al., "Scaling up all pairs similarity search", 2007; the bounds of
 * Anastasiu and Karypis' L2AP, 2014): each vector indexes only its rarest terms, up to the point
 * where the rest of its weight could no longer reach the threshold on its own (bounded by the rest's
 * norm and by each term's largest weight in the corpus); a probe accumulates the indexed part of
 * each dot product, drops texts whose accumulated part plus a bound on the rest stays below the
 * threshold, and computes the exact cosine of the others. Every pair at or above the threshold is
 * found — the filter is exact — while common words ("support", "vcs") mostly stay out of the
 * posting lists. Built once, then probed from any number of threads; pairs are streamed, never stored.
 */
final class CandidateIndex {
    private final List<TermVectors.Vector> vectors;
    private final int[] groups;
    // Posting lists per group and term (group × terms + term): texts of other groups are never met.
    private final int[][] postings;
    private final double[][] postingWeights;
    private final int[] postingSize;
    private final int termCount;
    private final double[] suffixNorm;
    private final double[] suffixBound;
    private final double[] suffixL1;
    private final int[] suffixRank;
    private final int[] rank;
    private final double threshold;
    private final boolean exhaustive;
    // Per-thread scratch for one probe: which x were met, and the dot product accumulated so far.
    private final ThreadLocal<Probe> probes;

    private CandidateIndex(List<TermVectors.Vector> vectors, int[] groups, int[][] postings, double[][] postingWeights,
                           int[] postingSize, double[] suffixNorm, double[] suffixBound, double[] suffixL1, int[] suffixRank,
                           int[] rank, double threshold, boolean exhaustive) {
        this.vectors = vectors;
        this.groups = groups;
        this.postings = postings;
        this.postingWeights = postingWeights;
        this.postingSize = postingSize;
        this.termCount = rank == null ? 0 : rank.length;
        this.suffixNorm = suffixNorm;
        this.suffixBound = suffixBound;
        this.suffixL1 = suffixL1;
        this.suffixRank = suffixRank;
        this.rank = rank;
        this.threshold = threshold;
        this.exhaustive = exhaustive;
        int n = vectors.size();
        int terms = vectors.stream().mapToInt(v -> v.ids().length == 0 ? 0 : v.ids()[v.ids().length - 1] + 1).max().orElse(0);
        this.probes = ThreadLocal.withInitial(() -> new Probe(n, terms));
    }

    private static final class Probe {
        final int[] marks;
        final double[] accumulated;
        final int[] touched;
        // The probing vector's weights by term id (zero elsewhere): a candidate's cosine is then a
        // plain loop over its own terms, without the branchy merge of two sorted lists.
        final double[] dense;
        // The probing vector's terms by ascending rank, with the norm and the largest weight of the
        // terms from each one on: what y can add on a candidate's unindexed (higher-ranked) terms.
        int[] yRanks = new int[16];
        int[] yIds = new int[16];
        double[] yWeights = new double[16];
        double[] yNormFrom = new double[16];
        double[] yMaxFrom = new double[16];
        int ySize;

        Probe(int n, int terms) {
            marks = new int[n];
            Arrays.fill(marks, -1);
            accumulated = new double[n];
            touched = new int[n];
            dense = new double[terms];
        }

        /**
         * x·y with y scattered in {@link #dense}. Products are added in x's (ascending) term order and
         * terms y lacks add exactly zero, so the sum is bit for bit the merge's {@link TermVectors.Vector#dot}.
         */
        double dot(TermVectors.Vector x) {
            int[] ids = x.ids();
            double[] w = x.weights();
            double sum = 0;
            for (int k = 0; k < ids.length; k++) {
                sum += w[k] * dense[ids[k]];
            }
            return sum;
        }

        void scatter(TermVectors.Vector y) {
            for (int k = 0; k < y.ids().length; k++) {
                dense[y.ids()[k]] = y.weights()[k];
            }
        }

        void rankTerms(TermVectors.Vector y, int[] rank) {
            int m = y.ids().length;
            if (yRanks.length < m) {
                yRanks = new int[m];
                yIds = new int[m];
                yWeights = new double[m];
                yNormFrom = new double[m];
                yMaxFrom = new double[m];
            }
            long[] packed = new long[m]; // rank, then position: sorted by rank
            for (int k = 0; k < m; k++) {
                packed[k] = ((long) rank[y.ids()[k]] << 32) | k;
            }
            Arrays.sort(packed);
            double squares = 0;
            double max = 0;
            for (int k = m - 1; k >= 0; k--) {
                double w = y.weights()[(int) packed[k]];
                yIds[k] = y.ids()[(int) packed[k]];
                yWeights[k] = w;
                squares += w * w;
                max = Math.max(max, w);
                yRanks[k] = (int) (packed[k] >>> 32);
                yNormFrom[k] = Math.sqrt(squares);
                yMaxFrom[k] = max;
            }
            ySize = m;
        }

        /** The first of y's terms (by rank) at or after {@code r}, or ySize. */
        int fromRank(int r) {
            int lo = 0;
            int hi = ySize;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (yRanks[mid] < r) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        void clear(TermVectors.Vector y) {
            for (int id : y.ids()) {
                dense[id] = 0;
            }
        }
    }

    /** Receives a candidate pair: the earlier text and the exact cosine of the two. */
    @FunctionalInterface
    interface Sink {
        void accept(int x, double cosine);
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
        int groupCount = Arrays.stream(groups).max().orElse(0) + 1;
        int[][] postings = new int[groupCount * terms.size()][];
        double[][] weights = new double[groupCount * terms.size()][];
        int[] postingSize = new int[groupCount * terms.size()];
        double[] suffixNorm = new double[vectors.size()];
        double[] suffixBound = new double[vectors.size()];
        double[] suffixL1 = new double[vectors.size()];
        int[] suffixRank = new int[vectors.size()];
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
            suffixRank[v] = Integer.MAX_VALUE;
            for (int k : byRank) {
                // Stop once the unindexed rest cannot reach the threshold alone.
                if (Math.min(Math.sqrt(Math.max(0, squares)), weighted) < threshold) {
                    suffixRank[v] = rank[vec.ids()[k]];
                    break;
                }
                int term = groups[v] * terms.size() + vec.ids()[k];
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
                weighted -= vec.weights()[k] * maxWeight[vec.ids()[k]];
                l1 -= vec.weights()[k];
            }
            suffixNorm[v] = Math.sqrt(Math.max(0, squares));
            suffixBound[v] = Math.max(0, Math.min(suffixNorm[v], weighted));
            suffixL1[v] = Math.max(0, l1);
        }
        return new CandidateIndex(vectors, groups, postings, weights, postingSize, suffixNorm, suffixBound, suffixL1, suffixRank,
                rank, threshold, false);
    }

    /** The exhaustive baseline: every same-group pair is a candidate. */
    static CandidateIndex exhaustive(List<TermVectors.Vector> vectors, int[] groups) {
        return new CandidateIndex(vectors, groups, null, null, null, null, null, null, null, null, 0, true);
    }

    int size() {
        return vectors.size();
    }

    /**
     * Calls {@code sink} with every {@code x < y} of the same group whose cosine with {@code y} reaches
     * the threshold (every one, exhaustive), in ascending order, each once, with that cosine. Thread-safe.
     */
    void candidatesOf(int y, Sink sink) {
        Probe probe = probes.get();
        TermVectors.Vector vy = vectors.get(y);
        probe.scatter(vy);
        try {
            if (exhaustive) {
                for (int x = 0; x < y; x++) {
                    if (groups[x] == groups[y]) {
                        sink.accept(x, probe.dot(vectors.get(x)));
                    }
                }
            } else {
                probe(y, vy, probe, sink);
            }
        } finally {
            probe.clear(vy);
        }
    }

    private void probe(int y, TermVectors.Vector vy, Probe probe, Sink sink) {
        // y's terms rarest first (AllPairs): a text first met at y's j-th term shares with y only
        // terms from there on (its rarer, indexed terms are not in y), so its cosine is at most
        // |y from j|. Once that is below t, the common terms' long lists only add to texts already met.
        probe.rankTerms(vy, rank);
        int met = 0;
        for (int j = 0; j < probe.ySize; j++) {
            boolean admit = probe.yNormFrom[j] >= threshold - 1e-9; // slack for rounding, as below
            int term = groups[y] * termCount + probe.yIds[j];
            double wy = probe.yWeights[j];
            int[] list = postings[term];
            double[] w = postingWeights[term];
            for (int k = 0; k < postingSize[term]; k++) {
                int x = list[k];
                if (x >= y) {
                    break; // postings are in ascending vector order
                }
                if (probe.marks[x] != y) {
                    if (!admit) {
                        continue;
                    }
                    probe.marks[x] = y;
                    probe.accumulated[x] = 0;
                    probe.touched[met++] = x;
                }
                probe.accumulated[x] += wy * w[k];
            }
        }
        // x·y = accumulated (x's indexed terms) + what x's unindexed terms add: they rank from
        // suffixRank[x] on, so that part is at most x's own bound, |x_suffix| · |y from that rank|
        // (Cauchy-Schwarz) and Σ x_suffix · max(y from that rank). Survivors are few next to the texts
        // met: keep them (cosine in place of the partial sum) and sort only them, for a fixed order.
        int kept = 0;
        for (int i = 0; i < met; i++) {
            int x = probe.touched[i];
            int from = probe.fromRank(suffixRank[x]);
            double rest = from == probe.ySize ? 0
                    : Math.min(suffixBound[x], Math.min(suffixNorm[x] * probe.yNormFrom[from], suffixL1[x] * probe.yMaxFrom[from]));
            // The slack absorbs rounding in the bounds: the exact cosine decides below.
            if (probe.accumulated[x] + rest >= threshold - 1e-9) {
                double cosine = probe.dot(vectors.get(x));
                if (cosine >= threshold) {
                    probe.accumulated[x] = cosine;
                    probe.touched[kept++] = x;
                }
            }
        }
        Arrays.sort(probe.touched, 0, kept);
        for (int i = 0; i < kept; i++) {
            sink.accept(probe.touched[i], probe.accumulated[probe.touched[i]]);
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
