package io.github.compactkit.compare;

import io.github.compactkit.model.Party;

/** The similarities of one candidate pair, and whether the policy accepts it. */
record PairScore(CompareItem a, CompareItem b, double ratio, double containment, double cosine,
                 double aCoveredByB, double bCoveredByA, double meaning, double partMeaning) {

    /** A text with itself: every word in common. */
    static PairScore self(CompareItem a, TermVectors.Vector va) {
        return of(a, va, a, va, a.wordIds().length, va.dot(va), 1.0, 1.0);
    }

    /**
     * The score of a pair whose cosine and longest common word subsequence are known (the caller
     * measures the LCS with a {@link WordProfile} of one of the two texts), or null when the policy
     * cannot accept it whatever the parties: the cosines (terms; {@code meaning} of the whole texts
     * and {@code partMeaning} of their closest parts, 0 without a similarity) below their thresholds and too few words in common, in order, for a
     * near copy or a containment.
     */
    static PairScore ifPossible(CompareItem a, TermVectors.Vector va, CompareItem b, TermVectors.Vector vb, MatchPolicy p,
                                double cosine, int lcs, double meaning, double partMeaning) {
        if (cosine < p.paraphraseCosine() && meaning < p.meaningCosine() && partMeaning < p.meaningMerge()
                && !wordingPossible(a, b, p, lcs)) {
            return null;
        }
        return of(a, va, b, vb, lcs, cosine, meaning, partMeaning);
    }

    /** Whether a pair sharing {@code lcs} words in order is a near copy or a containment. */
    private static boolean wordingPossible(CompareItem a, CompareItem b, MatchPolicy p, int lcs) {
        int total = a.wordIds().length + b.wordIds().length;
        int shorter = Math.min(a.wordIds().length, b.wordIds().length);
        boolean near = total > 0 && 2.0 * lcs / total >= p.nearRatio();
        boolean contained = shorter >= p.minContainedWords() && (double) lcs / shorter >= p.containment();
        return near || contained;
    }

    private static PairScore of(CompareItem a, TermVectors.Vector va, CompareItem b, TermVectors.Vector vb, int lcs, double cosine,
                                double meaning, double partMeaning) {
        int total = a.wordIds().length + b.wordIds().length;
        int shorter = Math.min(a.wordIds().length, b.wordIds().length);
        double ratio = total == 0 ? 0 : 2.0 * lcs / total;
        double containment = shorter == 0 ? 0 : (double) lcs / shorter;
        return new PairScore(a, b, ratio, containment, cosine, va.coveredBy(vb), vb.coveredBy(va), meaning, partMeaning);
    }

    boolean identicalWording() {
        return java.util.Arrays.equals(a.wordIds(), b.wordIds());
    }

    boolean byWording(MatchPolicy p) {
        return ratio >= p.nearRatio();
    }

    boolean byContainment(MatchPolicy p) {
        return containment >= p.containment()
                && Math.min(a.words().size(), b.words().size()) >= p.minContainedWords();
    }

    boolean byMeaning(MatchPolicy p) {
        return closeInMeaning(p) && partiesCompatible();
    }

    /** Shared terms or, with a similarity, meaning: the party-free part of {@link #byMeaning}. */
    boolean closeInMeaning(MatchPolicy p) {
        return cosine >= p.paraphraseCosine() || meaning >= p.meaningCosine() || partMeaning >= p.meaningMerge();
    }

    /** Could be accepted for some parties: the party-free part of {@link #accepts}. */
    boolean mayAccept(MatchPolicy p) {
        return byWording(p) || byContainment(p) || closeInMeaning(p);
    }

    /** Accepted as the first match of either item. */
    boolean accepts(MatchPolicy p) {
        return byWording(p) || byContainment(p) || byMeaning(p);
    }

    /** Accepted when {@code aIsNew}'s side is unmatched and the other side is already matched. */
    boolean acceptsAsSecond(MatchPolicy p, boolean aIsNew) {
        if (byWording(p) || byContainment(p)) {
            return true;
        }
        return byMeaning(p) && mergeable(p, aIsNew);
    }

    /** The party-free part of {@link #acceptsAsSecond} for a pair close in meaning: covered terms, or meaning. */
    boolean mergeable(MatchPolicy p, boolean aIsNew) {
        double covered = aIsNew ? aCoveredByB : bCoveredByA;
        return covered >= p.mergeCoverage() || partMeaning >= p.meaningMerge();
    }

    /**
     * The similarity that made the match: wording ratio, containment (discounted), cosine of terms
     * or, when it made the match, cosine of meaning.
     */
    double score(MatchPolicy p) {
        double s = Math.max(ratio, cosine);
        if (meaning >= p.meaningCosine()) {
            s = Math.max(s, meaning);
        }
        if (partMeaning >= p.meaningMerge()) {
            s = Math.max(s, partMeaning);
        }
        if (byContainment(p)) {
            s = Math.max(s, 0.85 * containment);
        }
        return s;
    }

    /** Whether the wording is reused: near-verbatim or one contained in the other. */
    boolean reusesWording(MatchPolicy p) {
        return byWording(p) || byContainment(p);
    }

    private boolean partiesCompatible() {
        return partiesCompatible(a, b);
    }

    /** Whether two items' parties allow a match by meaning: the same, either joint, or either unknown. */
    static boolean partiesCompatible(CompareItem a, CompareItem b) {
        return partiesCompatible(a.item().party(), b.item().party());
    }

    static boolean partiesCompatible(Party pa, Party pb) {
        return pa == null || pb == null || pa == pb || pa == Party.JOINT || pb == Party.JOINT;
    }
}
