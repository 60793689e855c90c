package io.github.compactkit.compare;

import java.util.Arrays;

/** Union-find over all items of the corpus, numbered compact by compact. */
final class UnionFind {
    final int[] offsets;
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
