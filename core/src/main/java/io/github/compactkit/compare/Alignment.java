package io.github.compactkit.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Greedy one-to-many alignment, best pair first: a pair is taken when it covers at least one item
 * not yet matched; the second partner of an item must pass the stricter merge test. Deterministic:
 * ties break on item order.
 */
final class Alignment {
    private Alignment() {
    }

    /** Whether candidate {@code k} may join an item already matched ({@code aIsNew}: its A item is the unmatched one). */
    @FunctionalInterface
    interface SecondTest {
        boolean acceptsAsSecond(int k, boolean aIsNew);
    }

    /**
     * The pairs taken from {@code candidates} (each one the policy {@link PairScore#accepts accepts}),
     * in order of A's items then B's, as the candidates must come.
     */
    static List<PairScore> align(List<PairScore> candidates, int sizeA, int sizeB, MatchPolicy policy) {
        int count = candidates.size();
        int[] a = new int[count];
        int[] b = new int[count];
        double[] score = new double[count];
        for (int k = 0; k < count; k++) {
            PairScore p = candidates.get(k);
            a[k] = p.a().ordinal();
            b[k] = p.b().ordinal();
            score[k] = p.score(policy);
        }
        int[] taken = take(count, a, b, score, sizeA, sizeB,
                (k, aIsNew) -> candidates.get(k).acceptsAsSecond(policy, aIsNew));
        List<PairScore> out = new ArrayList<>(taken.length);
        for (int k : taken) {
            out.add(candidates.get(k));
        }
        return out;
    }

    /**
     * The greedy alignment over candidates given as arrays (item ordinals in A and B, and the score
     * that ranks them), in order of A's items then B's, at most one per pair of items: the indices
     * of the candidates taken, in that same order. Primitive arrays and sorts, because corpus runs
     * align tens of millions of candidates.
     */
    static int[] take(int count, int[] a, int[] b, double[] score, int sizeA, int sizeB, SecondTest second) {
        for (int k = 1; k < count; k++) {
            if (a[k] < a[k - 1] || a[k] == a[k - 1] && b[k] <= b[k - 1]) {
                throw new IllegalArgumentException("candidates must be in order of A's items, then B's");
            }
        }
        // A candidate whose two items appear in no other candidate is taken whatever the order: only
        // the others compete, so only they are sorted.
        int[] perB = new int[sizeB];
        for (int k = 0; k < count; k++) {
            perB[b[k]]++;
        }
        boolean[] taken = new boolean[count];
        int[] contested = new int[count];
        int contestedCount = 0;
        for (int k = 0; k < count; k++) {
            boolean aAlone = (k == 0 || a[k - 1] != a[k]) && (k == count - 1 || a[k + 1] != a[k]);
            if (aAlone && perB[b[k]] == 1) {
                taken[k] = true;
            } else {
                contested[contestedCount++] = k;
            }
        }
        if (contestedCount > 0) {
            takeGreedily(contested, contestedCount, a, b, score, sizeA, sizeB, second, taken);
        }
        int n = 0;
        for (boolean t : taken) {
            n += t ? 1 : 0;
        }
        int[] out = new int[n];
        n = 0;
        for (int k = 0; k < count; k++) {
            if (taken[k]) {
                out[n++] = k;
            }
        }
        return out;
    }

    /** Best first among {@code candidates}: marks in {@code taken} each that covers an unmatched item and may. */
    private static void takeGreedily(int[] candidates, int count, int[] a, int[] b, double[] score, int sizeA, int sizeB,
                                     SecondTest second, boolean[] taken) {
        // The scores' rank (descending) in the high half of a key, the index, which is the item
        // order that breaks ties, in the low half.
        double[] distinct = new double[count];
        for (int i = 0; i < count; i++) {
            distinct[i] = score[candidates[i]];
        }
        Arrays.sort(distinct);
        int unique = 0;
        for (int i = 0; i < count; i++) {
            if (unique == 0 || Double.compare(distinct[i], distinct[unique - 1]) != 0) {
                distinct[unique++] = distinct[i];
            }
        }
        long[] order = new long[count];
        for (int i = 0; i < count; i++) {
            int k = candidates[i];
            long rank = unique - 1 - Arrays.binarySearch(distinct, 0, unique, score[k]);
            order[i] = rank << 32 | k;
        }
        Arrays.sort(order);
        boolean[] matchedA = new boolean[sizeA];
        boolean[] matchedB = new boolean[sizeB];
        for (long key : order) {
            int k = (int) key;
            boolean aDone = matchedA[a[k]];
            boolean bDone = matchedB[b[k]];
            if (aDone && bDone) {
                continue;
            }
            if ((aDone || bDone) && !second.acceptsAsSecond(k, !aDone)) {
                continue;
            }
            matchedA[a[k]] = true;
            matchedB[b[k]] = true;
            taken[k] = true;
        }
    }
}
