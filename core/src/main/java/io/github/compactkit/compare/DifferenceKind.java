package io.github.compactkit.compare;

/** What differs between two matched commitments. */
public enum DifferenceKind {
    /** A number of days, weeks, months or years ("12 weeks" vs "8 weeks"); a side may have none. */
    QUANTITY,
    /** A firm promise ("will ensure") against a qualified one ("will aim to", "where possible"). */
    STRENGTH,
    /** The commitment is made by different parties. */
    PARTY
}
