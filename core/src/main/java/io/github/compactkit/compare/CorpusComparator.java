package io.github.compactkit.compare;

import io.github.compactkit.extract.ThemeClassifier;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.Party;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Compares many compacts at once: similarity, reuse, theme and benchmark coverage, and clusters of
 * equivalent commitments. Identical texts are scored once; candidate pairs of distinct texts come
 * from a TF-IDF index with prefix filtering ({@link CandidateIndex}), so only pairs that can reach
 * the alignment thresholds are scored precisely. {@link Builder#exhaustive(boolean)} scores every
 * pair instead, as a baseline for speed and recall. Results are deterministic. Thread-safe.
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

        // 1. Items, with words and terms computed once per distinct text.
        Map<String, ItemCollector.Tokens> tokenCache = new ConcurrentHashMap<>();
        List<List<CompareItem>> items = stream(IntStream.range(0, n).boxed())
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
        Holders holderIndex = Holders.of(holders, items);
        TermVectors vocabulary = TermVectors.fit(representatives.stream().map(CompareItem::terms).toList());
        List<TermVectors.Vector> vectors = stream(representatives.stream()).map(i -> vocabulary.vector(i.terms())).toList();
        int[] groups = representatives.stream().mapToInt(i -> i.type().ordinal()).toArray();

        // 3. Text pairs that may match, scored once each; each text's accepted neighbours. With a
        // similarity of meaning, texts close in meaning join the candidates, through its index.
        LongAdder scoredPairs = new LongAdder();
        MeaningCandidates meaning = comparator.similarity() == null ? null
                : MeaningCandidates.of(comparator.similarity(), representatives, holderIndex.parties, policy, exhaustive, parallel);
        List<Found> accepted = scoreTextPairs(representatives, vectors, groups, vocabulary, policy, scoredPairs, meaning);
        TextPairs pairs = TextPairs.of(accepted, representatives, vectors, policy, parallel);
        // Each compact's candidate item pairs are expanded from its texts' neighbours when it is
        // aligned and dropped after: memory stays proportional to one compact's candidates.
        Neighbours neighbours = Neighbours.of(accepted, pairs);

        // 4. Align each compact pair: similarity, reuse and cluster edges.
        LongAdder alignedPairs = new LongAdder();
        UnionFind clusters = new UnionFind(offsets(items));
        List<PairResult> results = alignAll(items, textOf, pairs, neighbours, holderIndex, policy, alignedPairs, clusters);
        double[][] similarity = new double[n][n];
        for (int i = 0; i < n; i++) {
            similarity[i][i] = 1.0;
        }
        List<ReuseLink> reuse = new ArrayList<>();
        for (PairResult r : results) {
            similarity[r.i()][r.j()] = PairwiseAligner.round(r.similarity());
            similarity[r.j()][r.i()] = similarity[r.i()][r.j()];
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
        // Texts repeat across compacts: each is read by the benchmark patterns once.
        Map<String, BenchmarkCatalogue.Verdict[]> verdicts = new ConcurrentHashMap<>();
        List<BenchmarkCoverage> bench = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            themes.add(themeCoverage(refs.get(c).label(), items.get(c)));
        }
        bench.addAll(stream(IntStream.range(0, n).boxed())
                .map(c -> benchmarks.detect(compacts.get(c), sourceTexts == null ? null : sourceTexts.get(c), verdicts)).toList());
        List<CommitmentCluster> clusterList = clusters(clusters, items, refs);
        MatrixStats stats = new MatrixStats(items.stream().mapToInt(List::size).sum(), representatives.size(),
                scoredPairs.sum(), alignedPairs.sum(), exhaustive);
        return new CorpusMatrix(refs, simRows, reuse, themes, bench, clusterList, stats);
    }

    /**
     * Every pair of distinct texts whose cosine reaches the index's threshold (every pair when
     * exhaustive), scored in parallel and kept when the policy may accept it: per text y, the
     * accepted pairs with earlier texts, in order. Deterministic.
     */
    private List<Found> scoreTextPairs(List<CompareItem> texts, List<TermVectors.Vector> vectors, int[] groups,
                                       TermVectors vocabulary, MatchPolicy policy, LongAdder scoredPairs,
                                       MeaningCandidates meaning) {
        CandidateIndex index = exhaustive ? CandidateIndex.exhaustive(vectors, groups)
                : CandidateIndex.build(vectors, groups, vocabulary, candidateCosine);
        ThreadLocal<WordProfile> profiles = ThreadLocal.withInitial(WordProfile::new);
        int count = texts.size();
        Found[] found = new Found[count];
        // A probe meets only earlier texts, so later probes cost more: alternating early and late
        // ones balances the parallel stream's chunks.
        stream(IntStream.range(0, count).boxed()).map(k -> k % 2 == 0 ? count - 1 - k / 2 : k / 2).forEach(y -> {
            Found own = new Found();
            long[] scored = new long[1];
            WordProfile profile = profiles.get();
            profile.load(texts.get(y).wordIds());
            CandidateIndex.Sink score = (x, cosine) -> {
                scored[0]++;
                PairScore s = PairScore.ifPossible(texts.get(x), vectors.get(x), texts.get(y), vectors.get(y), policy, cosine,
                        profile.lcs(texts.get(x).wordIds()), meaning == null ? 0.0 : meaning.cosine(x, y),
                        meaning == null ? 0.0 : meaning.partCosine(x, y));
                // Texts are shared by items of different parties: the party test waits for the alignment.
                if (s != null && s.mayAccept(policy)) {
                    own.add(x, s, policy);
                }
            };
            if (meaning == null) {
                index.candidatesOf(y, score);
            } else {
                meaning.withTermCandidates(y, index, vectors, score);
            }
            scoredPairs.add(scored[0]);
            found[y] = own;
        });
        return Arrays.asList(found);
    }

    /**
     * Aligns every pair of compacts that share a candidate, in parallel; one-to-one matches join
     * {@code clusters}. Results in (i, j) order.
     */
    private List<PairResult> alignAll(List<List<CompareItem>> items, int[][] textOf, TextPairs pairs, Neighbours neighbours,
                                      Holders holders, MatchPolicy policy, LongAdder alignedPairs, UnionFind clusters) {
        int n = items.size();
        boolean[][] undertakings = new boolean[n][];
        for (int c = 0; c < n; c++) {
            undertakings[c] = new boolean[items.get(c).size()];
            for (CompareItem item : items.get(c)) {
                undertakings[c][item.ordinal()] = item.type() == ItemType.UNDERTAKING;
            }
        }
        // Each thread joins its cluster edges in a union-find of its own, merged after: keeping every
        // edge until the end held tens of millions of pairs at corpus scale.
        Queue<Worker> workers = new ConcurrentLinkedQueue<>();
        ThreadLocal<Worker> scratch = ThreadLocal.withInitial(() -> {
            Worker w = new Worker(n, clusters.offsets);
            workers.add(w);
            return w;
        });
        // Compact i aligns with the n - 1 - i after it: taking them first, last, second, second
        // last... gives every chunk of the parallel stream about the same work.
        List<PairResult> results = stream(IntStream.range(0, n).boxed())
                .map(k -> k % 2 == 0 ? k / 2 : n - 1 - k / 2)
                .flatMap(i -> alignWithLater(i, items, undertakings, textOf, pairs, neighbours, holders, policy, alignedPairs,
                        scratch).stream())
                .sorted(Comparator.comparingInt(PairResult::i).thenComparingInt(PairResult::j))
                .toList();
        for (Worker w : workers) {
            clusters.absorb(w.clusters);
        }
        return results;
    }

    /** The outcome of aligning one pair of compacts. */
    private record PairResult(int i, int j, double similarity, double shareA, double shareB, int aExtends, int bExtends) {
    }

    /** Aligns compacts i and j; their one-to-one matches join clusters in {@code clusters}. */
    private static PairResult alignPair(int i, int j, Bucket c, TextPairs pairs, boolean[] undertakingA,
                                        boolean[] undertakingB, MatchPolicy policy, UnionFind clusters) {
        int sizeA = undertakingA.length;
        int sizeB = undertakingB.length;
        c.sortRunsByB();
        // A candidate only exists if accepted: by wording, or by meaning, then the merge test decides.
        int[] taken = Alignment.take(c.size, c.a, c.b, c.score, sizeA, sizeB,
                (k, aIsNew) -> pairs.byText(c.pair[k]) || pairs.mergeByMeaning(c.pair[k])
                        || pairs.covered(c.pair[k], aIsNew == c.aIsX[k]) >= policy.mergeCoverage());
        int[] perA = new int[sizeA];
        int[] perB = new int[sizeB];
        for (int k : taken) {
            perA[c.a[k]]++;
            perB[c.b[k]]++;
        }
        boolean[] reusedA = new boolean[sizeA];
        boolean[] reusedB = new boolean[sizeB];
        int matched = 0;
        int aExtends = 0;
        int bExtends = 0;
        for (int k : taken) {
            int x = c.a[k];
            int y = c.b[k];
            if (pairs.byText(c.pair[k])) {
                reusedA[x] = true;
                reusedB[y] = true;
                aExtends += pairs.extendsOther(c.pair[k], c.aIsX[k]) || perA[x] > 1 ? 1 : 0;
                bExtends += pairs.extendsOther(c.pair[k], !c.aIsX[k]) || perB[y] > 1 ? 1 : 0;
            }
            // Only equivalent commitments make a cluster: not merged matches (two commitments), nor a
            // short item matched inside a long one that bundles several (it would chain them all).
            if (perA[x] == 1 && perB[y] == 1 && pairs.equivalent(c.pair[k])) {
                clusters.union(clusters.id(i, x), clusters.id(j, y));
            }
        }
        for (int v : perA) {
            matched += v > 0 ? 1 : 0;
        }
        for (int v : perB) {
            matched += v > 0 ? 1 : 0;
        }
        int total = sizeA + sizeB;
        double sim = total == 0 ? 0 : (double) matched / total;
        return new PairResult(i, j, sim, undertakingShare(undertakingA, reusedA), undertakingShare(undertakingB, reusedB),
                aExtends, bExtends);
    }

    private <T> Stream<T> stream(Stream<T> s) {
        return parallel ? s.parallel() : s;
    }

    private static final byte BY_TEXT = 1;
    private static final byte BY_MEANING = 2;
    private static final byte X_EXTENDS = 4;
    private static final byte Y_EXTENDS = 8;
    private static final byte NEAR_COPY = 16;
    private static final byte MERGE_BY_MEANING = 32;
    /**
     * A match joins a cluster when it is a near copy, or each text has at least this share of its
     * term weight on terms the other has: a paraphrase, not a part of a longer item.
     */
    static final double EQUIVALENT_COVERAGE = 0.4;

    /**
     * What the alignment needs of an accepted pair of texts x (the earlier) and y, whatever items
     * carry them: the ranking score; acceptance by wording (near copy or containment) or, for
     * compatible parties, by meaning; how much of each text the other covers (merge test); whether
     * each contains and extends the other (reuse source). Packed as flags.
     */
    private static byte flags(PairScore s, MatchPolicy policy) {
        int f = (s.reusesWording(policy) ? BY_TEXT : 0) | (s.closeInMeaning(policy) ? BY_MEANING : 0)
                | (ReuseSource.extendsOther(s, true) ? X_EXTENDS : 0) | (ReuseSource.extendsOther(s, false) ? Y_EXTENDS : 0)
                | (s.byWording(policy) ? NEAR_COPY : 0) | (s.partMeaning() >= policy.meaningMerge() ? MERGE_BY_MEANING : 0);
        return (byte) f;
    }

    /** The accepted pairs found when probing with one text: the earlier texts x and each pair's figures. */
    private static final class Found {
        int size;
        int[] x = new int[4];
        double[] score = new double[4];
        double[] xCovered = new double[4];
        double[] yCovered = new double[4];
        byte[] flags = new byte[4];

        void add(int earlier, PairScore s, MatchPolicy policy) {
            if (size == x.length) {
                int capacity = size * 2;
                x = Arrays.copyOf(x, capacity);
                score = Arrays.copyOf(score, capacity);
                xCovered = Arrays.copyOf(xCovered, capacity);
                yCovered = Arrays.copyOf(yCovered, capacity);
                flags = Arrays.copyOf(flags, capacity);
            }
            x[size] = earlier;
            score[size] = s.score(policy);
            xCovered[size] = s.aCoveredByB();
            yCovered[size] = s.bCoveredByA();
            flags[size] = flags(s, policy);
            size++;
        }
    }

    /**
     * Every accepted text pair by id: first each text with itself (id = the text), then the pairs
     * found by each probe in probe order. Primitive arrays: tens of millions of pairs at corpus
     * scale, and references stored by the million into large arrays cost the collector dearly.
     */
    private static final class TextPairs {
        final int[] firstOfProbe;
        final double[] score;
        final double[] xCovered;
        final double[] yCovered;
        final byte[] flags;

        private TextPairs(int[] firstOfProbe, int size) {
            this.firstOfProbe = firstOfProbe;
            score = new double[size];
            xCovered = new double[size];
            yCovered = new double[size];
            flags = new byte[size];
        }

        static TextPairs of(List<Found> accepted, List<CompareItem> texts, List<TermVectors.Vector> vectors,
                            MatchPolicy policy, boolean parallel) {
            int n = texts.size();
            int[] first = new int[n + 1];
            first[0] = n;
            for (int y = 0; y < n; y++) {
                first[y + 1] = first[y] + accepted.get(y).size;
            }
            TextPairs pairs = new TextPairs(first, first[n]);
            IntStream probes = IntStream.range(0, n);
            (parallel ? probes.parallel() : probes).forEach(t -> {
                pairs.set(t, PairScore.self(texts.get(t), vectors.get(t)), policy);
                Found f = accepted.get(t);
                System.arraycopy(f.score, 0, pairs.score, first[t], f.size);
                System.arraycopy(f.xCovered, 0, pairs.xCovered, first[t], f.size);
                System.arraycopy(f.yCovered, 0, pairs.yCovered, first[t], f.size);
                System.arraycopy(f.flags, 0, pairs.flags, first[t], f.size);
            });
            return pairs;
        }

        private void set(int id, PairScore s, MatchPolicy policy) {
            score[id] = s.score(policy);
            xCovered[id] = s.aCoveredByB();
            yCovered[id] = s.bCoveredByA();
            flags[id] = flags(s, policy);
        }

        boolean byText(int id) {
            return (flags[id] & BY_TEXT) != 0;
        }

        boolean byMeaning(int id) {
            return (flags[id] & BY_MEANING) != 0;
        }

        /** Whether the texts are close enough in meaning for one to be an item's second partner. */
        boolean mergeByMeaning(int id) {
            return (flags[id] & MERGE_BY_MEANING) != 0;
        }

        /** How much of one side's text the other covers: x's when {@code xSide}, else y's. */
        double covered(int id, boolean xSide) {
            return xSide ? xCovered[id] : yCovered[id];
        }

        /** Whether the two texts say the same thing: a near copy, or each covering the other's terms. */
        boolean equivalent(int id) {
            return (flags[id] & NEAR_COPY) != 0 || Math.min(xCovered[id], yCovered[id]) >= EQUIVALENT_COVERAGE;
        }

        /** Whether one side's text contains and extends the other's: x's when {@code xSide}, else y's. */
        boolean extendsOther(int id, boolean xSide) {
            return (flags[id] & (xSide ? X_EXTENDS : Y_EXTENDS)) != 0;
        }
    }

    /**
     * Each text's accepted neighbours, itself first, as flat arrays: for text t, entries
     * {@code start[t]} to {@code start[t + 1]}, each the other text, the pair's id, and {@code tIsX}
     * when t is the pair's x.
     */
    private static final class Neighbours {
        final int[] start;
        final int[] other;
        final int[] pair;
        final boolean[] tIsX;

        private Neighbours(int[] start, int[] other, int[] pair, boolean[] tIsX) {
            this.start = start;
            this.other = other;
            this.pair = pair;
            this.tIsX = tIsX;
        }

        static Neighbours of(List<Found> accepted, TextPairs pairs) {
            int n = accepted.size();
            int[] degree = new int[n];
            Arrays.fill(degree, 1);
            for (int y = 0; y < n; y++) {
                Found f = accepted.get(y);
                degree[y] += f.size;
                for (int k = 0; k < f.size; k++) {
                    degree[f.x[k]]++;
                }
            }
            int[] start = new int[n + 1];
            for (int t = 0; t < n; t++) {
                start[t + 1] = start[t] + degree[t];
            }
            int[] other = new int[start[n]];
            int[] pair = new int[start[n]];
            boolean[] tIsX = new boolean[start[n]];
            int[] next = Arrays.copyOf(start, n);
            for (int t = 0; t < n; t++) {
                int k = next[t]++;
                other[k] = t;
                pair[k] = t;
                tIsX[k] = true;
            }
            for (int y = 0; y < n; y++) {
                Found f = accepted.get(y);
                for (int k = 0; k < f.size; k++) {
                    int id = pairs.firstOfProbe[y] + k;
                    int x = f.x[k];
                    int kx = next[x]++;
                    other[kx] = y;
                    pair[kx] = id;
                    tIsX[kx] = true;
                    int ky = next[y]++;
                    other[ky] = x;
                    pair[ky] = id;
                }
            }
            return new Neighbours(start, other, pair, tIsX);
        }
    }

    private static String textKey(CompareItem item) {
        return item.type().name() + '\u0000' + String.join(" ", item.words()) + '\u0000' + String.join(" ", item.terms());
    }

    /**
     * Aligns compact {@code i} with every later compact that shares a candidate: the item pairs behind
     * its texts' accepted text pairs, oriented with {@code i}'s item as A, gathered per other compact.
     */
    private static List<PairResult> alignWithLater(int i, List<List<CompareItem>> items, boolean[][] undertakings,
                                                   int[][] textOf, TextPairs pairs, Neighbours neighbours, Holders holders,
                                                   MatchPolicy policy, LongAdder alignedPairs,
                                                   ThreadLocal<Worker> scratch) {
        Worker worker = scratch.get();
        Buckets buckets = worker.buckets;
        long added = 0;
        for (CompareItem a : items.get(i)) {
            int t = textOf[i][a.ordinal()];
            Party partyA = a.item().party();
            for (int e = neighbours.start[t]; e < neighbours.start[t + 1]; e++) {
                int text = neighbours.other[e];
                int pair = neighbours.pair[e];
                boolean aIsX = neighbours.tIsX[e];
                boolean byText = pairs.byText(pair);
                boolean byMeaning = pairs.byMeaning(pair);
                double score = pairs.score[pair];
                int[] compactsOf = holders.compacts[text];
                int[] ordinalsOf = holders.ordinals[text];
                Party[] partiesOf = holders.parties[text];
                // Holders come in compact order: skip this compact's and earlier ones (counted when they were A).
                for (int h = holders.firstAfter(text, i); h < compactsOf.length; h++) {
                    added++;
                    // The text pair's acceptance, decided for these two items' parties.
                    if (byText || byMeaning && PairScore.partiesCompatible(partyA, partiesOf[h])) {
                        buckets.add(compactsOf[h], a.ordinal(), ordinalsOf[h], pair, score, aIsX);
                    }
                }
            }
        }
        alignedPairs.add(added);
        int[] others = buckets.sortedOthers();
        List<PairResult> results = new ArrayList<>(others.length);
        for (int j : others) {
            results.add(alignPair(i, j, buckets.of(j), pairs, undertakings[i], undertakings[j], policy, worker.clusters));
        }
        buckets.clear();
        return results;
    }

    /** One thread's scratch space and cluster edges while compacts are aligned. */
    private static final class Worker {
        final Buckets buckets;
        final UnionFind clusters;

        Worker(int compacts, int[] offsets) {
            buckets = new Buckets(compacts);
            clusters = new UnionFind(offsets);
        }
    }

    /** Per distinct text, the items that carry it: their compacts (in order), ordinals and parties. */
    private static final class Holders {
        final int[][] compacts;
        final int[][] ordinals;
        final Party[][] parties;

        private Holders(int[][] compacts, int[][] ordinals, Party[][] parties) {
            this.compacts = compacts;
            this.ordinals = ordinals;
            this.parties = parties;
        }

        static Holders of(List<List<int[]>> holders, List<List<CompareItem>> itemsByCompact) {
            int[][] compacts = new int[holders.size()][];
            int[][] ordinals = new int[holders.size()][];
            Party[][] parties = new Party[holders.size()][];
            for (int t = 0; t < holders.size(); t++) {
                List<int[]> own = holders.get(t);
                compacts[t] = new int[own.size()];
                ordinals[t] = new int[own.size()];
                parties[t] = new Party[own.size()];
                for (int h = 0; h < own.size(); h++) {
                    compacts[t][h] = own.get(h)[0];
                    ordinals[t][h] = own.get(h)[1];
                    parties[t][h] = itemsByCompact.get(own.get(h)[0]).get(own.get(h)[1]).item().party();
                }
            }
            return new Holders(compacts, ordinals, parties);
        }

        /** The first holder of {@code text} in a compact after {@code compact}. */
        int firstAfter(int text, int compact) {
            int[] c = compacts[text];
            int lo = 0;
            int hi = c.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (c[mid] <= compact) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /** The candidate item pairs of two compacts, as arrays: A's and B's ordinals, text pair, its score, orientation. */
    private static final class Bucket {
        int size;
        int[] a = new int[16];
        int[] b = new int[16];
        int[] pair = new int[16];
        double[] score = new double[16];
        boolean[] aIsX = new boolean[16];

        void add(int itemA, int itemB, int textPair, double pairScore, boolean x) {
            if (size == a.length) {
                int capacity = size * 2;
                a = Arrays.copyOf(a, capacity);
                b = Arrays.copyOf(b, capacity);
                pair = Arrays.copyOf(pair, capacity);
                score = Arrays.copyOf(score, capacity);
                aIsX = Arrays.copyOf(aIsX, capacity);
            }
            a[size] = itemA;
            b[size] = itemB;
            pair[size] = textPair;
            score[size] = pairScore;
            aIsX[size] = x;
            size++;
        }

        /**
         * Puts B's items in order within each of A's (added in A's order already), as the alignment
         * wants them: runs are a few entries long, so an insertion sort.
         */
        void sortRunsByB() {
            for (int k = 1; k < size; k++) {
                int j = k;
                while (j > 0 && a[j - 1] == a[j] && b[j - 1] > b[j]) {
                    swap(j - 1, j);
                    j--;
                }
            }
        }

        private void swap(int x, int y) {
            int t = b[x];
            b[x] = b[y];
            b[y] = t;
            t = pair[x];
            pair[x] = pair[y];
            pair[y] = t;
            double d = score[x];
            score[x] = score[y];
            score[y] = d;
            boolean f = aIsX[x];
            aIsX[x] = aIsX[y];
            aIsX[y] = f;
        }
    }

    /**
     * One thread's item pairs of the compact being aligned, by other compact: indexed by compact (a
     * map lookup per item pair was a sixth of the run), reused from compact to compact so that the
     * arrays keep their capacity.
     */
    private static final class Buckets {
        private final Bucket[] byOther;
        private final int[] touched;
        private int touchedCount;

        Buckets(int compacts) {
            byOther = new Bucket[compacts];
            touched = new int[compacts];
        }

        void add(int other, int itemA, int itemB, int pair, double score, boolean aIsX) {
            Bucket bucket = byOther[other];
            if (bucket == null) {
                bucket = new Bucket();
                byOther[other] = bucket;
            }
            if (bucket.size == 0) {
                touched[touchedCount++] = other;
            }
            bucket.add(itemA, itemB, pair, score, aIsX);
        }

        int[] sortedOthers() {
            int[] out = Arrays.copyOf(touched, touchedCount);
            Arrays.sort(out);
            return out;
        }

        Bucket of(int other) {
            return byOther[other];
        }

        void clear() {
            for (int k = 0; k < touchedCount; k++) {
                byOther[touched[k]].size = 0;
            }
            touchedCount = 0;
        }
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

    /** The share of a compact's undertakings that are reused. */
    private static double undertakingShare(boolean[] undertaking, boolean[] reused) {
        int total = 0;
        int hit = 0;
        for (int k = 0; k < undertaking.length; k++) {
            if (undertaking[k]) {
                total++;
                hit += reused[k] ? 1 : 0;
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

        /** Joins whatever {@code other} (over the same items) has joined. */
        void absorb(UnionFind other) {
            for (int x = 0; x < parent.length; x++) {
                int root = other.find(x);
                if (root != x) {
                    union(x, root);
                }
            }
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
