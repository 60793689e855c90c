package io.github.compactkit.compare;

/**
 * A difference on a matched pair: the A side and the B side as short phrases ("12 weeks", "aim to",
 * "firm", "STATUTORY"); a side is null when it has nothing of the kind (no quantity).
 */
public record Difference(DifferenceKind kind, String a, String b) {
}
