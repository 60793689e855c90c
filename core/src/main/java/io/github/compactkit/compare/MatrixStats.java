package io.github.compactkit.compare;

/**
 * What a corpus comparison did: items and distinct texts compared, text pairs scored precisely
 * (all same-type pairs when {@code exhaustive}, else those whose cosine reaches the index's
 * threshold) and item pairs aligned.
 */
public record MatrixStats(int items, int distinctTexts, long scoredTextPairs, long alignedItemPairs, boolean exhaustive) {
}
