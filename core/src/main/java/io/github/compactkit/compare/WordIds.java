package io.github.compactkit.compare;

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
}
