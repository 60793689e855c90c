package io.github.compactkit.report;

import io.github.compactkit.compare.CompactComparison;
import io.github.compactkit.compare.ComparedItem;
import io.github.compactkit.compare.Match;

import java.util.stream.Collectors;

/**
 * A comparison as CSV: one row per match, then one per item only in A and only in B. Columns:
 * {@code row, kind, score, a_type, a_party, a_section, a_text, a_themes, b_type, b_party,
 * b_section, b_text, b_themes, differences} (themes joined by "; ", as in the batch CSVs; differences as
 * "QUANTITY: 12 weeks | 8 weeks; ...").
 */
public final class ComparisonCsv {
    private ComparisonCsv() {
    }

    /** The comparison as CSV, header row first. */
    public static String write(CompactComparison c) {
        Csv csv = new Csv();
        csv.row("row", "kind", "score", "a_type", "a_party", "a_section", "a_text", "a_themes",
                "b_type", "b_party", "b_section", "b_text", "b_themes", "differences");
        for (Match m : c.matches()) {
            csv.row(concat(new Object[]{"match", m.kind(), m.score()}, cells(m.a()), cells(m.b()),
                    new Object[]{differences(m)}));
        }
        for (ComparedItem item : c.onlyInA()) {
            csv.row(concat(new Object[]{"onlyInA", null, null}, cells(item), cells(null), new Object[]{null}));
        }
        for (ComparedItem item : c.onlyInB()) {
            csv.row(concat(new Object[]{"onlyInB", null, null}, cells(null), cells(item), new Object[]{null}));
        }
        return csv.toString();
    }

    static String differences(Match m) {
        return m.differences().stream()
                .map(d -> d.kind() + ": " + nullToDash(d.a()) + " | " + nullToDash(d.b()))
                .collect(Collectors.joining("; "));
    }

    private static String nullToDash(String s) {
        return s == null ? "-" : s;
    }

    private static Object[] cells(ComparedItem item) {
        if (item == null) {
            return new Object[5];
        }
        return new Object[]{item.type(), item.party(), item.section(), item.text(), String.join("; ", item.themes())};
    }

    private static java.util.List<Object> concat(Object[]... parts) {
        java.util.List<Object> out = new java.util.ArrayList<>();
        for (Object[] part : parts) {
            out.addAll(java.util.Arrays.asList(part));
        }
        return out;
    }
}
