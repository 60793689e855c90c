package io.github.compactkit.compare;

/** How two matched commitments relate. */
public enum MatchKind {
    /** The same words. */
    VERBATIM,
    /** The same wording with small edits, or one extends the other's wording. */
    NEAR,
    /** One item covers two of the other's: it appears in two matches. */
    MERGED,
    /** The same commitment in other words. */
    PARAPHRASE
}
