package io.github.compactkit.compare;

import io.github.compactkit.model.Compact;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * Compares many compacts at once: similarity, reuse, theme and benchmark coverage, and clusters of
 * equivalent commitments. Identical texts are scored once; candidate pairs of distinct texts come
 * from a TF-IDF index with prefix filtering ({@link CandidateIndex}), so only pairs that can reach
 * the alignment thresholds are scored precisely. {@link Builder#exhaustive(boolean)} scores every
 * pair instead, as a baseline for speed and recall. Results are deterministic. Thread-safe.
 *
 * <p>The work is done in named stages, each a class of its own: {@link CorpusTexts} (items and
 * their distinct texts), {@link CandidateScoring} (candidate text pairs, scored once each),
 * {@link TextPairs} and {@link Neighbours} (the accepted pairs, as the alignment reads them),
 * {@link CorpusAlignment} (each pair of compacts aligned: similarity, reuse, cluster edges) and
 * {@link MatrixAssembly} (similarity matrix, reuse links, themes, clusters).
 *
 * <pre>{@code
 * CorpusMatrix m = CorpusComparator.builder().build().matrix(compacts);
 * System.out.println(MatrixMarkdown.write(m));   // compactkit-report
 * }</pre>
 */
public final class CorpusComparator {
    private final CompactComparator comparator;
    private final boolean exhaustive;
    private final BenchmarkCatalogue benchmarks;
    private final boolean parallel;
    private final double candidateCosine;

    private CorpusComparator(Builder b) {
        this.parallel = b.parallel;
        this.candidateCosine = b.candidateCosine;
        this.comparator = b.comparator;
        this.exhaustive = b.exhaustive;
        this.benchmarks = b.benchmarks;
    }

    /** A builder: indexed candidates, default thresholds and catalogue. */
    public static Builder builder() {
        return new Builder();
    }

    /** The matrix of a corpus; benchmarks are detected from the models alone. */
    public CorpusMatrix matrix(List<Compact> compacts) {
        return matrix(compacts, null);
    }

    /**
     * The matrix of a corpus; {@code sourceTexts} (same order, entries may be null, or the list null)
     * lets benchmark detection read narrative paragraphs too.
     */
    public CorpusMatrix matrix(List<Compact> compacts, List<String> sourceTexts) {
        Objects.requireNonNull(compacts, "compacts");
        if (sourceTexts != null && sourceTexts.size() != compacts.size()) {
            throw new IllegalArgumentException("sourceTexts must match compacts in size");
        }
        MatchPolicy policy = comparator.policy();
        int n = compacts.size();
        List<CompactRef> refs = compacts.stream().map(CompactRef::of).toList();

        // 1–2. Items, and the distinct texts they carry.
        CorpusTexts texts = CorpusTexts.of(compacts, comparator.collector(), parallel);

        // 3. Text pairs that may match, scored once each; each text's accepted neighbours. With a
        // similarity of meaning, texts close in meaning join the candidates, through its index.
        LongAdder scoredPairs = new LongAdder();
        MeaningCandidates meaning = comparator.similarity() == null ? null
                : MeaningCandidates.of(comparator.similarity(), texts.representatives, texts.holders.parties, policy, exhaustive, parallel);
        List<Found> accepted = new CandidateScoring(exhaustive, candidateCosine, parallel).scoreTextPairs(texts.representatives,
                texts.vectors, texts.groups, texts.vocabulary, policy, scoredPairs, meaning);
        TextPairs pairs = TextPairs.of(accepted, texts.representatives, texts.vectors, policy, parallel);
        // Each compact's candidate item pairs are expanded from its texts' neighbours when it is
        // aligned and dropped after: memory stays proportional to one compact's candidates.
        Neighbours neighbours = Neighbours.of(accepted, pairs);

        // 4. Align each compact pair: similarity, reuse and cluster edges.
        LongAdder alignedPairs = new LongAdder();
        UnionFind clusters = new UnionFind(texts.offsets());
        List<CorpusAlignment.PairResult> results = new CorpusAlignment(parallel).alignAll(texts.items, texts.textOf, pairs,
                neighbours, texts.holders, policy, alignedPairs, clusters);

        // 5. The matrix.
        List<List<Double>> simRows = MatrixAssembly.similarity(n, results);
        List<ReuseLink> reuse = MatrixAssembly.reuse(refs, results);
        List<ThemeCoverage> themes = MatrixAssembly.themes(refs, texts.items);
        // Texts repeat across compacts: each is read by the benchmark patterns once.
        Map<String, BenchmarkCatalogue.Verdict[]> verdicts = new ConcurrentHashMap<>();
        List<BenchmarkCoverage> bench = CorpusTexts.stream(IntStream.range(0, n).boxed(), parallel)
                .map(c -> benchmarks.detect(compacts.get(c), sourceTexts == null ? null : sourceTexts.get(c), verdicts)).toList();
        List<CommitmentCluster> clusterList = MatrixAssembly.clusters(clusters, texts.items, refs);
        MatrixStats stats = new MatrixStats(texts.itemCount(), texts.representatives.size(),
                scoredPairs.sum(), alignedPairs.sum(), exhaustive);
        return new CorpusMatrix(refs, simRows, reuse, themes, bench, clusterList, stats);
    }

    /** Options of a {@link CorpusComparator}. */
    public static final class Builder {
        private CompactComparator comparator = CompactComparator.builder().build();
        private boolean exhaustive;
        private BenchmarkCatalogue benchmarks = BenchmarkCatalogue.defaults();
        private boolean parallel = true;
        private double candidateCosine = MatchPolicy.defaults().candidateCosine();

        private Builder() {
        }

        /** Use the common fork-join pool for tokens, scoring and alignment (default true; results are the same). */
        public Builder parallel(boolean value) {
            this.parallel = value;
            return this;
        }

        /**
         * Cosine from which the index proposes a pair for precise scoring (default 0.3). The index
         * finds every pair at or above it; a near copy or containment with a lower cosine is missed,
         * which exhaustive scoring would find. Lower is slower and closer to exhaustive.
         */
        public Builder candidateCosine(double value) {
            if (!(value > 0 && value <= 1)) {
                throw new IllegalArgumentException("candidateCosine must be in (0, 1]: " + value);
            }
            this.candidateCosine = value;
            return this;
        }

        /** The pairwise comparator whose thresholds, item types and themes are used. */
        public Builder comparator(CompactComparator value) {
            this.comparator = Objects.requireNonNull(value, "comparator");
            return this;
        }

        /** Score every pair of distinct texts instead of the index's candidates (slow: a baseline). */
        public Builder exhaustive(boolean value) {
            this.exhaustive = value;
            return this;
        }

        /** The benchmark catalogue (default: the bundled one). */
        public Builder benchmarks(BenchmarkCatalogue value) {
            this.benchmarks = Objects.requireNonNull(value, "benchmarks");
            return this;
        }

        /** The corpus comparator with these options. */
        public CorpusComparator build() {
            return new CorpusComparator(this);
        }
    }
}
