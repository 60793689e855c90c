package io.github.compactkit.compare;

import io.github.compactkit.model.Compact;

/**
 * The entry point for comparing compacts, with the default settings.
 *
 * <pre>{@code
 * Compact a = Compacts.parse(Path.of("bromley.txt"));
 * Compact b = Compacts.parse(Path.of("westminster.txt"));
 * CompactComparison c = Comparisons.compare(a, b);
 * String json = ComparisonJson.write(c);          // the comparison contract
 * String table = ComparisonCsv.write(c);          // one row per match / unmatched item
 * String report = ComparisonMarkdown.write(c);    // for people
 * }</pre>
 */
public final class Comparisons {
    private static final CompactComparator DEFAULT = CompactComparator.builder().build();

    private Comparisons() {
    }

    /** Aligns {@code a}'s commitments with {@code b}'s. */
    public static CompactComparison compare(Compact a, Compact b) {
        return DEFAULT.compare(a, b);
    }

    /** A builder for a comparator with other thresholds or item types. */
    public static CompactComparator.Builder comparator() {
        return CompactComparator.builder();
    }
}
