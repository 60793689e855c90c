package io.github.compactkit.compare;

/**
 * Wording shared by two compacts of a corpus: the share of {@code a}'s undertakings worded as in
 * {@code b} and the reverse, and the likely source (the earlier document, when dates are known).
 * A corpus matrix lists a pair only when one share reaches 20%.
 */
public record ReuseLink(String a, String b, double shareOfAReusedFromB, double shareOfBReusedFromA,
                        String likelySource) {
}
