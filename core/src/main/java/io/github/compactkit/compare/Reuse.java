package io.github.compactkit.compare;

/**
 * How much wording one compact took from the other: the share of A's undertakings whose wording
 * is found in B (verbatim, near, or contained in a merged item) and the reverse. {@code likelySource}
 * names the earlier document by date when reuse is found (at least 20% of one side's undertakings);
 * without both dates, the side whose items the other extends and merges; else null.
 */
public record Reuse(double shareOfAReusedFromB, double shareOfBReusedFromA, String likelySource) {
}
