package io.github.compactkit.compare;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Every accepted text pair by id: first each text with itself (id = the text), then the pairs
 * found by each probe in probe order. Primitive arrays: tens of millions of pairs at corpus
 * scale, and references stored by the million into large arrays cost the collector dearly.
 */
final class TextPairs {
    private static final byte BY_TEXT = 1;
    private static final byte BY_MEANING = 2;
    private static final byte X_EXTENDS = 4;
    private static final byte Y_EXTENDS = 8;
    private static final byte NEAR_COPY = 16;
    private static final byte MERGE_BY_MEANING = 32;
    /**
     * A match joins a cluster when it is a near copy, or each text has at least this share of its
     * term weight on terms the other has: a paraphrase, not a part of a longer item.
     */
    static final double EQUIVALENT_COVERAGE = 0.4;

    /**
     * What the alignment needs of an accepted pair of texts x (the earlier) and y, whatever items
     * carry them: the ranking score; acceptance by wording (near copy or containment) or, for
     * compatible parties, by meaning; how much of each text the other covers (merge test); whether
     * each contains and extends the other (reuse source). Packed as flags.
     */
    static byte flags(PairScore s, MatchPolicy policy) {
        int f = (s.reusesWording(policy) ? BY_TEXT : 0) | (s.closeInMeaning(policy) ? BY_MEANING : 0)
                | (ReuseSource.extendsOther(s, true) ? X_EXTENDS : 0) | (ReuseSource.extendsOther(s, false) ? Y_EXTENDS : 0)
                | (s.byWording(policy) ? NEAR_COPY : 0) | (s.partMeaning() >= policy.meaningMerge() ? MERGE_BY_MEANING : 0);
        return (byte) f;
    }

    final int[] firstOfProbe;
    final double[] score;
    final double[] xCovered;
    final double[] yCovered;
    final byte[] flags;

    private TextPairs(int[] firstOfProbe, int size) {
        this.firstOfProbe = firstOfProbe;
        score = new double[size];
        xCovered = new double[size];
        yCovered = new double[size];
        flags = new byte[size];
    }

    static TextPairs of(List<Found> accepted, List<CompareItem> texts, List<TermVectors.Vector> vectors,
                        MatchPolicy policy, boolean parallel) {
        int n = texts.size();
        int[] first = new int[n + 1];
        first[0] = n;
        for (int y = 0; y < n; y++) {
            first[y + 1] = first[y] + accepted.get(y).size;
        }
        TextPairs pairs = new TextPairs(first, first[n]);
        IntStream probes = IntStream.range(0, n);
        (parallel ? probes.parallel() : probes).forEach(t -> {
            pairs.set(t, PairScore.self(texts.get(t), vectors.get(t)), policy);
            Found f = accepted.get(t);
            System.arraycopy(f.score, 0, pairs.score, first[t], f.size);
            System.arraycopy(f.xCovered, 0, pairs.xCovered, first[t], f.size);
            System.arraycopy(f.yCovered, 0, pairs.yCovered, first[t], f.size);
            System.arraycopy(f.flags, 0, pairs.flags, first[t], f.size);
        });
        return pairs;
    }

    private void set(int id, PairScore s, MatchPolicy policy) {
        score[id] = s.score(policy);
        xCovered[id] = s.aCoveredByB();
        yCovered[id] = s.bCoveredByA();
        flags[id] = flags(s, policy);
    }

    boolean byText(int id) {
        return (flags[id] & BY_TEXT) != 0;
    }

    boolean byMeaning(int id) {
        return (flags[id] & BY_MEANING) != 0;
    }

    /** Whether the texts are close enough in meaning for one to be an item's second partner. */
    boolean mergeByMeaning(int id) {
        return (flags[id] & MERGE_BY_MEANING) != 0;
    }

    /** How much of one side's text the other covers: x's when {@code xSide}, else y's. */
    double covered(int id, boolean xSide) {
        return xSide ? xCovered[id] : yCovered[id];
    }

    /** Whether the two texts say the same thing: a near copy, or each covering the other's terms. */
    boolean equivalent(int id) {
        return (flags[id] & NEAR_COPY) != 0 || Math.min(xCovered[id], yCovered[id]) >= EQUIVALENT_COVERAGE;
    }

    /** Whether one side's text contains and extends the other's: x's when {@code xSide}, else y's. */
    boolean extendsOther(int id, boolean xSide) {
        return (flags[id] & (xSide ? X_EXTENDS : Y_EXTENDS)) != 0;
    }
}
