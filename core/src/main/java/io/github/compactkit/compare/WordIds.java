package io.github.compactkit.compare;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Word tokens as ints, so that wording similarity compares numbers, not strings. One process-wide
 * dictionary: ids are only compared for equality, never ordered by meaning, so results do not
 * depend on the order words were first seen.
 */
final class WordIds {
    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger();

    private WordIds() {
    }

    static int[] of(List<String> words) {
        int[] out = new int[words.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = IDS.computeIfAbsent(words.get(i), w -> NEXT.getAndIncrement());
        }
        return out;
    }

    /** The ids sorted, for bag-of-words intersections. */
    static int[] sorted(int[] ids) {
        int[] copy = ids.clone();
        Arrays.sort(copy);
        return copy;
    }

    /** Size of the multiset intersection of two sorted id arrays: an upper bound on their LCS. */
    static int intersection(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                k++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return k;
    }

    /** Length of the longest common subsequence of two id arrays. */
    static int lcs(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int i = 1; i <= a.length; i++) {
            int ai = a[i - 1];
            for (int j = 1; j <= b.length; j++) {
                cur[j] = ai == b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length];
    }
}
