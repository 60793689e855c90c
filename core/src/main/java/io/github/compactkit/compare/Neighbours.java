package io.github.compactkit.compare;

import java.util.Arrays;
import java.util.List;

/**
 * Each text's accepted neighbours, itself first, as flat arrays: for text t, entries
 * {@code start[t]} to {@code start[t + 1]}, each the other text, the pair's id, and {@code tIsX}
 * when t is the pair's x.
 */
final class Neighbours {
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
