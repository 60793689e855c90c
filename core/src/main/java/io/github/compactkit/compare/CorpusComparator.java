package io.github.compactkit.compare;

import io.github.compactkit.extract.ThemeClassifier;
import io.github.compactkit.model.Compact;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compares many compacts at once: similarity, reuse, theme and benchmark coverage, and clusters of
 * equivalent commitments. Identical texts are scored once; candidate pairs of distinct texts come
 * from a TF-IDF index with prefix filtering ({@link CandidateIndex}), so only pairs that can reach
 * the alignment thresholds are scored precisely. {@link Builder#exhaustive(boolean)} scores every
 * pair instead, as a baseline for speed and recall. Results are deterministic. Thread-safe.
 *
 * <pre>{@code
 * CorpusMatrix m = CorpusComparator.builder().build().matrix(compacts);
 * System.out.println(MatrixMarkdown.write(m));
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

        // 1. Items, with words and terms computed once per distinct text.
        Map<String, ItemCollector.Tokens> tokenCache = new ConcurrentHashMap<>();
        List<List<CompareItem>> items = stream(java.util.stream.IntStream.range(0, n).boxed())
                .map(c -> comparator.collector().collect(compacts.get(c), tokenCache)).toList();

        // 2. Distinct texts per item type; each item points at its text.
        Map<String, Integer> textIds = new HashMap<>();
        List<CompareItem> representatives = new ArrayList<>();
        List<List<int[]>> holders = new ArrayList<>(); // per text: {compact, ordinal}
        int[][] textOf = new int[n][];
        for (int c = 0; c < n; c++) {
            textOf[c] = new int[items.get(c).size()];
            for (CompareItem item : items.get(c)) {
                String key = textKey(item);
                Integer id = textIds.get(key);
                if (id == null) {
                    id = representatives.size();
                    textIds.put(key, id);
                    representatives.add(item);
                    holders.add(new ArrayList<>());
                }
                holders.get(id).add(new int[]{c, item.ordinal()});
                textOf[c][item.ordinal()] = id;
            }
        }
        TermVectors vocabulary = TermVectors.fit(representatives.stream().map(CompareItem::terms).toList());
        List<TermVectors.Vector> vectors = stream(representatives.stream()).map(i -> vocabulary.vector(i.terms())).toList();
        int[] groups = representatives.stream().mapToInt(i -> i.type().ordinal()).toArray();

        // 3. Candidate text pairs, scored once each and in parallel, never stored; identical texts
        //    pair with themselves. Results are gathered per probe in order: deterministic.
        CandidateIndex index = exhaustive ? CandidateIndex.exhaustive(vectors, groups)
                : CandidateIndex.build(vectors, groups, vocabulary, candidateCosine);
        // The index promises nothing below its threshold: the same floor keeps its results exact and cheap.
        double floor = exhaustive ? 0 : candidateCosine;
        java.util.concurrent.atomic.LongAdder scoredPairs = new java.util.concurrent.atomic.LongAdder();
        List<List<Scored>> accepted = stream(java.util.stream.IntStream.range(0, representatives.size()).boxed()).map(y -> {
            List<Scored> found = new ArrayList<>();
            long[] count = new long[1];
            index.candidatesOf(y, x -> {
                count[0]++;
                PairScore s = PairScore.ifPossible(representatives.get(x), vectors.get(x), representatives.get(y), vectors.get(y),
                        policy, floor);
                // Texts are shared by items of different parties: the party test waits for the alignment.
                if (s != null && s.mayAccept(policy)) {
                    found.add(new Scored(x, s));
                }
            });
            scoredPairs.add(count[0]);
            found.sort(java.util.Comparator.comparingInt(Scored::x));
            return found;
        }).toList();
        // Each text's accepted neighbours (itself included), so a compact's candidate item pairs can be
        // expanded when that compact is aligned and dropped after: memory stays proportional to one
        // compact's candidates, not to every item pair of the corpus.
        List<List<Neighbour>> neighbours = new ArrayList<>(representatives.size());
        for (int t = 0; t < representatives.size(); t++) {
            List<Neighbour> own = new ArrayList<>();
            own.add(new Neighbour(t, selfScore(representatives.get(t), vectors.get(t)), true));
            neighbours.add(own);
        }
        for (int y = 0; y < accepted.size(); y++) {
            for (Scored s : accepted.get(y)) {
                neighbours.get(s.x()).add(new Neighbour(y, s.score(), true));
                neighbours.get(y).add(new Neighbour(s.x(), s.score(), false));
            }
        }
        java.util.concurrent.atomic.LongAdder alignedPairs = new java.util.concurrent.atomic.LongAdder();

        // 4. Align each compact pair; similarity, reuse and cluster edges. Pairs come out in (i, j) order.
        double[][] similarity = new double[n][n];
        for (int i = 0; i < n; i++) {
            similarity[i][i] = 1.0;
        }
        List<ReuseLink> reuse = new ArrayList<>();
        UnionFind clusters = new UnionFind(offsets(items));
        List<PairResult> results = stream(java.util.stream.IntStream.range(0, n).boxed())
                .flatMap(i -> alignWithLater(i, items, textOf, neighbours, holders, policy, alignedPairs).stream())
                .toList();
        for (PairResult r : results) {
            similarity[r.i()][r.j()] = PairwiseAligner.round(r.similarity());
            similarity[r.j()][r.i()] = similarity[r.i()][r.j()];
            for (PairScore p : r.clusterEdges()) {
                clusters.union(clusters.id(r.i(), p.a().ordinal()), clusters.id(r.j(), p.b().ordinal()));
            }
            // Below the threshold a shared phrase or two (often from the national template) is not reuse.
            if (Math.max(r.shareA(), r.shareB()) >= ReuseSource.MIN_SHARE) {
                reuse.add(new ReuseLink(refs.get(r.i()).label(), refs.get(r.j()).label(), PairwiseAligner.round(r.shareA()),
                        PairwiseAligner.round(r.shareB()), ReuseSource.likelySource(refs.get(r.i()), r.shareA(), refs.get(r.j()),
                        r.shareB(), r.aExtends(), r.bExtends())));
            }
        }

        List<List<Double>> simRows = new ArrayList<>();
        for (double[] row : similarity) {
            simRows.add(Arrays.stream(row).boxed().toList());
        }
        List<ThemeCoverage> themes = new ArrayList<>();
        List<BenchmarkCoverage> bench = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            themes.add(themeCoverage(refs.get(c).label(), items.get(c)));
        }
        bench.addAll(stream(java.util.stream.IntStream.range(0, n).boxed())
                .map(c -> benchmarks.detect(compacts.get(c), sourceTexts == null ? null : sourceTexts.get(c))).toList());
        List<CommitmentCluster> clusterList = clusters(clusters, items, refs);
        MatrixStats stats = new MatrixStats(items.stream().mapToInt(List::size).sum(), representatives.size(),
                scoredPairs.sum(), alignedPairs.sum(), exhaustive);
        return new CorpusMatrix(refs, simRows, reuse, themes, bench, clusterList, stats);
    }

    /** The outcome of aligning one pair of compacts. */
    private record PairResult(int i, int j, double similarity, double shareA, double shareB, int aExtends, int bExtends,
                              List<PairScore> clusterEdges) {
    }

    private static PairResult alignPair(int i, int j, List<PairScore> candidates, List<List<CompareItem>> items,
                                        MatchPolicy policy) {
        List<CompareItem> a = items.get(i);
        List<CompareItem> b = items.get(j);
        List<PairScore> taken = Alignment.align(candidates, a.size(), b.size(), policy);
        boolean[] matchedA = new boolean[a.size()];
        boolean[] matchedB = new boolean[b.size()];
        boolean[] reusedA = new boolean[a.size()];
        boolean[] reusedB = new boolean[b.size()];
        int aExtends = 0;
        int bExtends = 0;
        int[] perA = new int[a.size()];
        int[] perB = new int[b.size()];
        for (PairScore p : taken) {
            perA[p.a().ordinal()]++;
            perB[p.b().ordinal()]++;
        }
        List<PairScore> edges = new ArrayList<>();
        for (PairScore p : taken) {
            matchedA[p.a().ordinal()] = true;
            matchedB[p.b().ordinal()] = true;
            if (p.reusesWording(policy)) {
                reusedA[p.a().ordinal()] = true;
                reusedB[p.b().ordinal()] = true;
                aExtends += ReuseSource.extendsOther(p, true) || perA[p.a().ordinal()] > 1 ? 1 : 0;
                bExtends += ReuseSource.extendsOther(p, false) || perB[p.b().ordinal()] > 1 ? 1 : 0;
            }
            // Merged matches join two different commitments: they do not make a cluster.
            if (perA[p.a().ordinal()] == 1 && perB[p.b().ordinal()] == 1) {
                edges.add(p);
            }
        }
        int total = a.size() + b.size();
        double sim = total == 0 ? 0 : (double) (count(matchedA) + count(matchedB)) / total;
        return new PairResult(i, j, sim, undertakingShare(a, reusedA), undertakingShare(b, reusedB), aExtends, bExtends, edges);
    }

    private <T> java.util.stream.Stream<T> stream(java.util.stream.Stream<T> s) {
        return parallel ? s.parallel() : s;
    }

    /** An accepted text pair: the other text's index and the score. */
    private record Scored(int x, PairScore score) {
    }

    private static String textKey(CompareItem item) {
        return item.type().name() + '\u0000' + String.join(" ", item.words()) + '\u0000' + String.join(" ", item.terms());
    }

    private static PairScore selfScore(CompareItem item, TermVectors.Vector v) {
        return PairScore.of(item, v, item, v);
    }

    /** A text accepted as a candidate of another, with their score; {@code first} when the other text was scored as A. */
    private record Neighbour(int text, PairScore score, boolean first) {
    }

    /**
     * Aligns compact {@code i} with every later compact that shares a candidate: the item pairs behind
     * its texts' accepted text pairs, oriented with {@code i}'s item as A, gathered per other compact.
     */
    private static List<PairResult> alignWithLater(int i, List<List<CompareItem>> items, int[][] textOf,
                                                   List<List<Neighbour>> neighbours, List<List<int[]>> holders,
                                                   MatchPolicy policy, java.util.concurrent.atomic.LongAdder alignedPairs) {
        // Buckets indexed by the other compact: a map lookup per item pair was a sixth of the run.
        @SuppressWarnings("unchecked")
        List<PairScore>[] byOther = new List[items.size()];
        int[] touched = new int[items.size()];
        int touchedCount = 0;
        long added = 0;
        for (CompareItem a : items.get(i)) {
            for (Neighbour nb : neighbours.get(textOf[i][a.ordinal()])) {
                PairScore s = nb.score();
                for (int[] holder : holders.get(nb.text())) {
                    if (holder[0] <= i) {
                        continue; // the same compact, or a pair counted when the other compact was A
                    }
                    CompareItem b = items.get(holder[0]).get(holder[1]);
                    PairScore oriented = nb.first()
                            ? new PairScore(a, b, s.ratio(), s.containment(), s.cosine(), s.aCoveredByB(), s.bCoveredByA())
                            : new PairScore(a, b, s.ratio(), s.containment(), s.cosine(), s.bCoveredByA(), s.aCoveredByB());
                    added++;
                    if (oriented.accepts(policy)) {
                        if (byOther[holder[0]] == null) {
                            byOther[holder[0]] = new ArrayList<>();
                            touched[touchedCount++] = holder[0];
                        }
                        byOther[holder[0]].add(oriented);
                    }
                }
            }
        }
        alignedPairs.add(added);
        Arrays.sort(touched, 0, touchedCount);
        List<PairResult> results = new ArrayList<>(touchedCount);
        for (int k = 0; k < touchedCount; k++) {
            results.add(alignPair(i, touched[k], byOther[touched[k]], items, policy));
        }
        return results;
    }

    private static ThemeCoverage themeCoverage(String label, List<CompareItem> items) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String id : ThemeClassifier.defaults().ids()) {
            counts.put(id, 0);
        }
        for (CompareItem item : items) {
            if (item.type() == ItemType.UNDERTAKING) {
                for (String theme : item.item().themes()) {
                    counts.merge(theme, 1, Integer::sum);
                }
            }
        }
        return new ThemeCoverage(label, counts);
    }

    private static List<CommitmentCluster> clusters(UnionFind uf, List<List<CompareItem>> items, List<CompactRef> refs) {
        Map<Integer, List<int[]>> byRoot = new TreeMap<>();
        for (int c = 0; c < items.size(); c++) {
            for (CompareItem item : items.get(c)) {
                byRoot.computeIfAbsent(uf.find(uf.id(c, item.ordinal())), k -> new ArrayList<>()).add(new int[]{c, item.ordinal()});
            }
        }
        List<CommitmentCluster> out = new ArrayList<>();
        for (List<int[]> members : byRoot.values()) {
            long compacts = members.stream().mapToInt(m -> m[0]).distinct().count();
            if (compacts < 2) {
                continue;
            }
            Map<String, Integer> wordings = new LinkedHashMap<>();
            List<ClusterMember> list = new ArrayList<>();
            for (int[] m : members) {
                CompareItem item = items.get(m[0]).get(m[1]);
                wordings.merge(item.item().text(), 1, Integer::sum);
                list.add(new ClusterMember(refs.get(m[0]).label(), item.item()));
            }
            // The most common wording represents the cluster; the first seen wins a tie.
            String representative = null;
            int best = 0;
            for (Map.Entry<String, Integer> w : wordings.entrySet()) {
                if (w.getValue() > best) {
                    best = w.getValue();
                    representative = w.getKey();
                }
            }
            String rep = representative;
            List<String> themes = list.stream().filter(m -> Objects.equals(m.item().text(), rep)).findFirst()
                    .map(m -> m.item().themes()).orElse(List.of());
            out.add(new CommitmentCluster(rep, themes, (int) compacts, list));
        }
        out.sort((x, y) -> x.compacts() != y.compacts() ? Integer.compare(y.compacts(), x.compacts())
                : x.members().size() != y.members().size() ? Integer.compare(y.members().size(), x.members().size())
                : String.valueOf(x.representative()).compareTo(String.valueOf(y.representative())));
        return out;
    }

    private static int[] offsets(List<List<CompareItem>> items) {
        int[] offsets = new int[items.size() + 1];
        for (int c = 0; c < items.size(); c++) {
            offsets[c + 1] = offsets[c] + items.get(c).size();
        }
        return offsets;
    }

    private static int count(boolean[] flags) {
        int k = 0;
        for (boolean f : flags) {
            if (f) {
                k++;
            }
        }
        return k;
    }

    private static double undertakingShare(List<CompareItem> items, boolean[] reused) {
        int total = 0;
        int hit = 0;
        for (CompareItem item : items) {
            if (item.type() == ItemType.UNDERTAKING) {
                total++;
                if (reused[item.ordinal()]) {
                    hit++;
                }
            }
        }
        return total == 0 ? 0.0 : (double) hit / total;
    }

    /** Union-find over all items of the corpus, numbered compact by compact. */
    private static final class UnionFind {
        private final int[] offsets;
        private final int[] parent;

        UnionFind(int[] offsets) {
            this.offsets = offsets;
            this.parent = new int[offsets[offsets.length - 1]];
            Arrays.setAll(parent, i -> i);
        }

        int id(int compact, int ordinal) {
            return offsets[compact] + ordinal;
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int x, int y) {
            int rx = find(x);
            int ry = find(y);
            if (rx != ry) {
                // The smaller id becomes the root: deterministic cluster order.
                parent[Math.max(rx, ry)] = Math.min(rx, ry);
            }
        }
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
