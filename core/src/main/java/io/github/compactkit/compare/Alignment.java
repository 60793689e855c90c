package io.github.compactkit.compare;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy one-to-many alignment, best pair first: a pair is taken when it covers at least one item
 * not yet matched; the second partner of an item must pass the stricter merge test. Deterministic:
 * ties break on item order.
 */
final class Alignment {
    private Alignment() {
    }

    /** The accepted pairs, in order of A's items then B's. */
    static List<PairScore> align(List<PairScore> candidates, int sizeA, int sizeB, MatchPolicy policy) {
        List<PairScore> accepted = new ArrayList<>();
        for (PairScore p : candidates) {
            if (p.accepts(policy)) {
                accepted.add(p);
            }
        }
        accepted.sort(Comparator.comparingDouble((PairScore p) -> -p.score(policy))
                .thenComparingInt(p -> p.a().ordinal())
                .thenComparingInt(p -> p.b().ordinal()));
        BitSet matchedA = new BitSet(sizeA);
        BitSet matchedB = new BitSet(sizeB);
        List<PairScore> taken = new ArrayList<>();
        for (PairScore p : accepted) {
            boolean aDone = matchedA.get(p.a().ordinal());
            boolean bDone = matchedB.get(p.b().ordinal());
            if (aDone && bDone) {
                continue;
            }
            if ((aDone || bDone) && !p.acceptsAsSecond(policy, !aDone)) {
                continue;
            }
            matchedA.set(p.a().ordinal());
            matchedB.set(p.b().ordinal());
            taken.add(p);
        }
        taken.sort(Comparator.comparingInt((PairScore p) -> p.a().ordinal()).thenComparingInt(p -> p.b().ordinal()));
        return taken;
    }
}
