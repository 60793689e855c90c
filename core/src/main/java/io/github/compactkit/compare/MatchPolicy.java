package io.github.compactkit.compare;

/**
 * Thresholds of the alignment. A pair of items is a match when its wording ratio reaches
 * {@code nearRatio}, or the shorter item's words appear in order inside the longer one
 * ({@code containment}, for items of at least {@code minContainedWords} words), or — for the same
 * party — its TF-IDF cosine of content terms reaches {@code paraphraseCosine}, or its cosine of
 * meaning (with a {@link CommitmentSimilarity}) reaches {@code meaningCosine}. An item already
 * matched takes a second partner only by wording, containment, or when the new partner's terms are
 * covered by it to {@code mergeCoverage} (a merged item must contain both of the other's), or their
 * meaning is as close as {@code meaningMerge}. Without a similarity the two meaning thresholds are
 * infinite: meaning never decides.
 */
record MatchPolicy(double nearRatio, double containment, int minContainedWords, double paraphraseCosine,
                   double mergeCoverage, double candidateCosine, double meaningCosine, double meaningMerge) {

    static MatchPolicy defaults() {
        return new MatchPolicy(0.6, 0.85, 5, 0.42, 0.6, 0.3, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
    }
}
