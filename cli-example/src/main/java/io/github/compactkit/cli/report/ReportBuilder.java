package io.github.compactkit.cli.report;

import io.github.compactkit.compare.CompactComparator;
import io.github.compactkit.compare.CompactComparison;
import io.github.compactkit.compare.Comparisons;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.DocumentType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the {@link Report} over a set of compacts: the theme heatmap, every pair compared
 * (reuse links, matched commitments side by side for the closest pairs).
 */
public final class ReportBuilder {
    /** Pairs are compared one by one; beyond this many compacts the report leaves the pairs out. */
    public static final int MAX_COMPACTS_FOR_PAIRS = 60;
    /** How many pairs show their matched commitments (the ones with most matches). */
    public static final int MAX_PAIRS_SHOWN = 12;

    private final CompactComparator comparator;

    public ReportBuilder() {
        this(Comparisons.comparator().build());
    }

    public ReportBuilder(CompactComparator comparator) {
        this.comparator = comparator;
    }

    /** The report of one comparison already made: both themes rows, the pair side by side. */
    public static Report pair(String title, Compact a, Compact b, CompactComparison comparison) {
        List<String> labels = Labels.of(List.of(a, b));
        List<ReuseLink> reuse = new ArrayList<>();
        ReuseLink link = PairReports.reuse(comparison, labels.get(0), labels.get(1));
        if (link != null) {
            reuse.add(link);
        }
        return new Report(title, labels, List.of(ThemeCoverage.heatmap(List.of(a, b), labels)), reuse,
                List.of(PairReports.of(comparison, labels.get(0), labels.get(1))), List.of());
    }

    /** The report over {@code all}; documents found not to be compacts are listed in a note and left out. */
    public Report build(String title, List<Compact> all) {
        List<Compact> compacts = all.stream().filter(c -> c.documentType() != DocumentType.OTHER).toList();
        List<String> notes = new ArrayList<>();
        List<Compact> others = all.stream().filter(c -> c.documentType() == DocumentType.OTHER).toList();
        if (compacts.isEmpty()) {
            // Nothing was recognised as a compact: show everything rather than an empty page.
            compacts = all;
            notes.add("No document was recognised as a compact; all are shown.");
        } else if (!others.isEmpty()) {
            notes.add("Left out as not compacts: " + String.join(", ", others.stream()
                    .map(c -> c.source() == null ? c.label() : c.source().file()).toList()) + ".");
        }
        List<String> labels = Labels.of(compacts);
        List<Heatmap> heatmaps = new ArrayList<>();
        heatmaps.add(ThemeCoverage.heatmap(compacts, labels));

        List<ReuseLink> reuse = new ArrayList<>();
        List<PairReport> pairs = new ArrayList<>();
        if (compacts.size() > MAX_COMPACTS_FOR_PAIRS) {
            notes.add("Pairwise comparison skipped: " + compacts.size() + " compacts (more than "
                    + MAX_COMPACTS_FOR_PAIRS + "); compare chosen pairs with 'compactkit compare A B'.");
        } else {
            for (int i = 0; i < compacts.size(); i++) {
                for (int j = i + 1; j < compacts.size(); j++) {
                    CompactComparison c = comparator.compare(compacts.get(i), compacts.get(j));
                    ReuseLink link = PairReports.reuse(c, labels.get(i), labels.get(j));
                    if (link != null) {
                        reuse.add(link);
                    }
                    pairs.add(PairReports.of(c, labels.get(i), labels.get(j)));
                }
            }
        }
        reuse.sort(Comparator.comparingDouble(ReuseLink::strength).reversed());
        pairs.sort(Comparator.comparingInt((PairReport p) -> p.matches().size()).reversed());
        if (pairs.size() > MAX_PAIRS_SHOWN) {
            notes.add("Matched commitments are shown for the " + MAX_PAIRS_SHOWN + " pairs with most matches, of "
                    + pairs.size() + ".");
            pairs = new ArrayList<>(pairs.subList(0, MAX_PAIRS_SHOWN));
        }
        return new Report(title, labels, heatmaps, reuse, pairs, notes);
    }
}
