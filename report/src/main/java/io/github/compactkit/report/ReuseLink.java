package io.github.compactkit.report;

/**
 * Wording shared between two compacts: the share of {@code a}'s undertakings worded as in {@code b}
 * and the reverse, and the likely source (the earlier document) when one is named.
 */
public record ReuseLink(String a, String b, double shareOfAFromB, double shareOfBFromA, String likelySource) {

    /** The larger of the two shares. */
    public double strength() {
        return Math.max(shareOfAFromB, shareOfBFromA);
    }
}
