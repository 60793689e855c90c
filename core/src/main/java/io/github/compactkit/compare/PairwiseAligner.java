package io.github.compactkit.compare;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Aligns two prepared item lists and builds the comparison: matches with kinds and differences,
 * the unmatched items on each side, and wording reuse.
 */
final class PairwiseAligner {
    private final MatchPolicy policy;

    PairwiseAligner(MatchPolicy policy) {
        this.policy = policy;
    }

    /** The cosines of meaning of A's item {@code x} and B's item {@code y}, whole and by parts (0 without a similarity). */
    interface Meaning {
        double of(int x, int y);

        double ofParts(int x, int y);
    }

    /** The accepted pairs among every same-type pair (two compacts hold at most a few hundred items). */
    List<PairScore> scoreAll(List<CompareItem> a, List<TermVectors.Vector> va,
                             List<CompareItem> b, List<TermVectors.Vector> vb, Meaning meaning) {
        List<PairScore> out = new ArrayList<>();
        WordProfile profile = new WordProfile();
        for (CompareItem x : a) {
            profile.load(x.wordIds());
            for (CompareItem y : b) {
                if (x.type() == y.type()) {
                    TermVectors.Vector vx = va.get(x.ordinal());
                    TermVectors.Vector vy = vb.get(y.ordinal());
                    PairScore s = PairScore.ifPossible(x, vx, y, vy, policy, vx.dot(vy), profile.lcs(y.wordIds()),
                            meaning.of(x.ordinal(), y.ordinal()), meaning.ofParts(x.ordinal(), y.ordinal()));
                    if (s != null && s.accepts(policy)) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }

    CompactComparison build(CompactRef refA, List<CompareItem> a, CompactRef refB, List<CompareItem> b,
                            List<PairScore> candidates) {
        List<PairScore> taken = Alignment.align(candidates, a.size(), b.size(), policy);
        int[] perA = new int[a.size()];
        int[] perB = new int[b.size()];
        for (PairScore p : taken) {
            perA[p.a().ordinal()]++;
            perB[p.b().ordinal()]++;
        }
        List<Match> matches = new ArrayList<>();
        int aExtends = 0;
        int bExtends = 0;
        BitSet reusedA = new BitSet();
        BitSet reusedB = new BitSet();
        for (PairScore p : taken) {
            boolean merged = perA[p.a().ordinal()] > 1 || perB[p.b().ordinal()] > 1;
            matches.add(new Match(kind(p, merged), round(p.score(policy)), p.a().item(), p.b().item(),
                    DifferenceFinder.between(p.a(), p.b())));
            if (p.reusesWording(policy)) {
                reusedA.set(p.a().ordinal());
                reusedB.set(p.b().ordinal());
                aExtends += ReuseSource.extendsOther(p, true) || perA[p.a().ordinal()] > 1 ? 1 : 0;
                bExtends += ReuseSource.extendsOther(p, false) || perB[p.b().ordinal()] > 1 ? 1 : 0;
            }
        }
        List<ComparedItem> onlyA = new ArrayList<>();
        for (CompareItem x : a) {
            if (perA[x.ordinal()] == 0) {
                onlyA.add(x.item());
            }
        }
        List<ComparedItem> onlyB = new ArrayList<>();
        for (CompareItem y : b) {
            if (perB[y.ordinal()] == 0) {
                onlyB.add(y.item());
            }
        }
        double shareA = undertakingShare(a, reusedA);
        double shareB = undertakingShare(b, reusedB);
        return new CompactComparison(refA, refB, matches, onlyA, onlyB,
                new Reuse(round(shareA), round(shareB), ReuseSource.likelySource(refA, shareA, refB, shareB, aExtends, bExtends)));
    }

    private MatchKind kind(PairScore p, boolean merged) {
        if (p.identicalWording()) {
            return MatchKind.VERBATIM;
        }
        if (merged && !p.byWording(policy)) {
            return MatchKind.MERGED;
        }
        if (p.byWording(policy) || p.byContainment(policy)) {
            return MatchKind.NEAR;
        }
        return MatchKind.PARAPHRASE;
    }

    private static double undertakingShare(List<CompareItem> items, BitSet reused) {
        int total = 0;
        int hit = 0;
        for (CompareItem item : items) {
            if (item.type() == ItemType.UNDERTAKING) {
                total++;
                if (reused.get(item.ordinal())) {
                    hit++;
                }
            }
        }
        return total == 0 ? 0.0 : (double) hit / total;
    }

    static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }

}
