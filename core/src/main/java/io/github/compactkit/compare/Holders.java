package io.github.compactkit.compare;

import io.github.compactkit.model.Party;
import java.util.List;

/** Per distinct text, the items that carry it: their compacts (in order), ordinals and parties. */
final class Holders {
    final int[][] compacts;
    final int[][] ordinals;
    final Party[][] parties;

    private Holders(int[][] compacts, int[][] ordinals, Party[][] parties) {
        this.compacts = compacts;
        this.ordinals = ordinals;
        this.parties = parties;
    }

    static Holders of(List<List<int[]>> holders, List<List<CompareItem>> itemsByCompact) {
        int[][] compacts = new int[holders.size()][];
        int[][] ordinals = new int[holders.size()][];
        Party[][] parties = new Party[holders.size()][];
        for (int t = 0; t < holders.size(); t++) {
            List<int[]> own = holders.get(t);
            compacts[t] = new int[own.size()];
            ordinals[t] = new int[own.size()];
            parties[t] = new Party[own.size()];
            for (int h = 0; h < own.size(); h++) {
                compacts[t][h] = own.get(h)[0];
                ordinals[t][h] = own.get(h)[1];
                parties[t][h] = itemsByCompact.get(own.get(h)[0]).get(own.get(h)[1]).item().party();
            }
        }
        return new Holders(compacts, ordinals, parties);
    }

    /** The first holder of {@code text} in a compact after {@code compact}. */
    int firstAfter(int text, int compact) {
        int[] c = compacts[text];
        int lo = 0;
        int hi = c.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (c[mid] <= compact) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
