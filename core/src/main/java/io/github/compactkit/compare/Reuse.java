package io.github.compactkit.compare;

/**
 * How much wording one compact took from the other: the share of A's undertakings whose wording
 * is found in B (verbatim, near, or contained in a merged item) and the reverse. {@code likelySource}
 * names the earlier document (by date) when reuse is found and both dates are known, else null.
 */
public record Reuse(double shareOfAReusedFromB, double shareOfBReusedFromA, String likelySource) {
}
