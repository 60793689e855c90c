package io.github.compactkit.compare;

import java.util.Arrays;

/**
 * The accepted pairs found when probing with one text: the earlier texts x and each pair's figures
 * (candidate generation's output, one per probe).
 */
final class Found {
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
        flags[size] = TextPairs.flags(s, policy);
        size++;
    }
}
