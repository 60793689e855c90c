package io.github.compactkit.compare;

import java.util.Arrays;

/**
 * One thread's item pairs of the compact being aligned, by other compact: indexed by compact (a
 * map lookup per item pair was a sixth of the run), reused from compact to compact so that the
 * arrays keep their capacity.
 */
final class PairBuckets {
    private final PairBucket[] byOther;
    private final int[] touched;
    private int touchedCount;

    PairBuckets(int compacts) {
        byOther = new PairBucket[compacts];
        touched = new int[compacts];
    }

    void add(int other, int itemA, int itemB, int pair, double score, boolean aIsX) {
        PairBucket bucket = byOther[other];
        if (bucket == null) {
            bucket = new PairBucket();
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

    PairBucket of(int other) {
        return byOther[other];
    }

    void clear() {
        for (int k = 0; k < touchedCount; k++) {
            byOther[touched[k]].size = 0;
        }
        touchedCount = 0;
    }
}
