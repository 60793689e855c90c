package io.github.compactkit.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Differences between two matched commitments: quantities, strength and party. */
final class DifferenceFinder {
    private DifferenceFinder() {
    }

    static List<Difference> between(CompareItem a, CompareItem b) {
        List<Difference> out = new ArrayList<>();
        Set<String> qa = QuantityFinder.periods(a.item().text(), a.quantities());
        Set<String> qb = QuantityFinder.periods(b.item().text(), b.quantities());
        if (!qa.equals(qb)) {
            out.add(new Difference(DifferenceKind.QUANTITY, join(qa), join(qb)));
        }
        String sa = Qualifiers.find(a.item().text());
        String sb = Qualifiers.find(b.item().text());
        if ((sa == null) != (sb == null)) {
            out.add(new Difference(DifferenceKind.STRENGTH, sa == null ? "firm" : sa, sb == null ? "firm" : sb));
        }
        if (a.item().party() != null && b.item().party() != null && !Objects.equals(a.item().party(), b.item().party())) {
            out.add(new Difference(DifferenceKind.PARTY, a.item().party().name(), b.item().party().name()));
        }
        return out;
    }

    private static String join(Set<String> periods) {
        return periods.isEmpty() ? null : String.join(", ", periods);
    }
}
