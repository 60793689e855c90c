package io.github.compactkit.compare;

import java.util.ArrayList;
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
     * in order of A's items then B's.
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
     * that ranks them; at most one candidate per pair of items): the indices of the candidates taken,
     * in order of A's items then B's. Primitive arrays because corpus runs align tens of millions.
     */
    static int[] take(int count, int[] a, int[] b, double[] score, int sizeA, int sizeB, SecondTest second) {
        int[] order = identity(count);
        // Higher score first, then A's item order, then B's.
        sortIndices(order, (x, y) -> {
            int c = Double.compare(score[y], score[x]);
            if (c != 0) {
                return c;
            }
            return a[x] != a[y] ? Integer.compare(a[x], a[y]) : Integer.compare(b[x], b[y]);
        });
        boolean[] matchedA = new boolean[sizeA];
        boolean[] matchedB = new boolean[sizeB];
        int[] taken = new int[Math.min(count, sizeA + sizeB)];
        int n = 0;
        for (int k : order) {
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
            taken[n++] = k;
        }
        int[] out = java.util.Arrays.copyOf(taken, n);
        sortIndices(out, (x, y) -> a[x] != a[y] ? Integer.compare(a[x], a[y]) : Integer.compare(b[x], b[y]));
        return out;
    }

    /** An order on candidate indices. */
    @FunctionalInterface
    private interface IndexOrder {
        int compare(int x, int y);
    }

    private static int[] identity(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /** Sorts indices by {@code order} (a merge sort: the JDK sorts int[] only by value). */
    private static void sortIndices(int[] idx, IndexOrder order) {
        if (idx.length < 2) {
            return;
        }
        mergeSort(idx, idx.clone(), 0, idx.length, order);
    }

    // Sorts src[from, to) into dst, using the other array as scratch; both hold the same values on entry.
    private static void mergeSort(int[] dst, int[] src, int from, int to, IndexOrder order) {
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int v = dst[i];
                int j = i - 1;
                while (j >= from && order.compare(dst[j], v) > 0) {
                    dst[j + 1] = dst[j];
                    j--;
                }
                dst[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(src, dst, from, mid, order);
        mergeSort(src, dst, mid, to, order);
        if (order.compare(src[mid - 1], src[mid]) <= 0) {
            System.arraycopy(src, from, dst, from, to - from);
            return;
        }
        for (int i = from, p = from, q = mid; i < to; i++) {
            if (q >= to || (p < mid && order.compare(src[p], src[q]) <= 0)) {
                dst[i] = src[p++];
            } else {
                dst[i] = src[q++];
            }
        }
    }
}
