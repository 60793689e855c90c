package io.github.compactkit.compare;

import io.github.compactkit.model.Party;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * The third stage of a corpus comparison: every pair of compacts that share an accepted text pair
 * is aligned one to one ({@link Alignment}) from the item pairs behind those text pairs. Each pair
 * gives its similarity and reuse of wording; one-to-one matches of equivalent commitments join the
 * clusters.
 */
final class CorpusAlignment {
    private final boolean parallel;

    CorpusAlignment(boolean parallel) {
        this.parallel = parallel;
    }

    /**
     * Aligns every pair of compacts that share a candidate, in parallel; one-to-one matches join
     * {@code clusters}. Results in (i, j) order.
     */
    List<PairResult> alignAll(List<List<CompareItem>> items, int[][] textOf, TextPairs pairs, Neighbours neighbours,
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
        List<PairResult> results = CorpusTexts.stream(IntStream.range(0, n).boxed(), parallel)
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
    record PairResult(int i, int j, double similarity, double shareA, double shareB, int aExtends, int bExtends) {
    }

    /** Aligns compacts i and j; their one-to-one matches join clusters in {@code clusters}. */
    private static PairResult alignPair(int i, int j, PairBucket c, TextPairs pairs, boolean[] undertakingA,
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

    /**
     * Aligns compact {@code i} with every later compact that shares a candidate: the item pairs behind
     * its texts' accepted text pairs, oriented with {@code i}'s item as A, gathered per other compact.
     */
    private static List<PairResult> alignWithLater(int i, List<List<CompareItem>> items, boolean[][] undertakings,
                                                   int[][] textOf, TextPairs pairs, Neighbours neighbours, Holders holders,
                                                   MatchPolicy policy, LongAdder alignedPairs,
                                                   ThreadLocal<Worker> scratch) {
        Worker worker = scratch.get();
        PairBuckets buckets = worker.buckets;
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
        final PairBuckets buckets;
        final UnionFind clusters;

        Worker(int compacts, int[] offsets) {
            buckets = new PairBuckets(compacts);
            clusters = new UnionFind(offsets);
        }
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
}
