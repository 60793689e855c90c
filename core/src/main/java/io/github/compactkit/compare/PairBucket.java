package io.github.compactkit.compare;

import java.util.Arrays;

/** The candidate item pairs of two compacts, as arrays: A's and B's ordinals, text pair, its score, orientation. */
final class PairBucket {
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
