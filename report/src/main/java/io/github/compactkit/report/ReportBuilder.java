package io.github.compactkit.report;

import io.github.compactkit.compare.BenchmarkCatalogue;
import io.github.compactkit.compare.ClusterMember;
import io.github.compactkit.compare.CommitmentCluster;
import io.github.compactkit.compare.CompactComparator;
import io.github.compactkit.compare.CompactComparison;
import io.github.compactkit.compare.CompactRef;
import io.github.compactkit.compare.Comparisons;
import io.github.compactkit.compare.CorpusComparator;
import io.github.compactkit.compare.CorpusMatrix;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.DocumentType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the {@link Report} over a set of compacts from the corpus comparison (benchmarks, themes,
 * similarity, reuse, shared commitments), with the closest pairs aligned side by side.
 */
public final class ReportBuilder {
    /** How many pairs show their matched commitments: the most similar ones. */
    public static final int MAX_PAIRS_SHOWN = 12;
    /** Above this many compacts the compact × compact grid would be unreadable (and huge): left out. */
    public static final int MAX_SIMILARITY_GRID = 40;
    /** How many commitments shared across areas are listed. */
    public static final int MAX_SHARED_SHOWN = 15;
    /** Wordings listed per shared commitment, most used first. */
    public static final int MAX_WORDINGS_SHOWN = 10;
    /** Reuse links listed, strongest first (matrix.json has them all). */
    public static final int MAX_REUSE_SHOWN = 100;

    private final CompactComparator comparator;

    public ReportBuilder() {
        this(Comparisons.comparator().build());
    }

    public ReportBuilder(CompactComparator comparator) {
        this.comparator = comparator;
    }

    /** The result of building: the report for people, and the corpus matrix it came from. */
    public record Built(Report report, CorpusMatrix matrix) {
    }

    /** The report of one comparison already made: benchmarks and themes of both, the pair side by side. */
    public static Report pair(String title, Compact a, Compact b, CompactComparison comparison) {
        List<String> labels = Labels.of(List.of(a, b));
        BenchmarkCatalogue catalogue = BenchmarkCatalogue.defaults();
        List<ReuseLink> reuse = new ArrayList<>();
        ReuseLink link = PairReports.reuse(comparison, labels.get(0), labels.get(1));
        if (link != null) {
            reuse.add(link);
        }
        Heatmap benchmarks = BenchmarkHeatmap.of(catalogue.benchmarks(),
                List.of(catalogue.detect(a), catalogue.detect(b)), labels);
        return new Report(title, labels, List.of(benchmarks, ThemeCoverage.heatmap(List.of(a, b), labels)), reuse,
                List.of(PairReports.of(comparison, labels.get(0), labels.get(1))), List.of(), List.of());
    }

    /** The report over {@code all}; documents found not to be compacts are named in a note and left out. */
    public Report build(String title, List<Compact> all) {
        return buildWithMatrix(title, all).report();
    }

    /**
     * The report and its matrix. Everything comes from the models (their passages hold the
     * narrative text), so the same compacts give the same report whatever their input format.
     */
    public Built buildWithMatrix(String title, List<Compact> all) {
        List<Compact> compacts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).documentType() == DocumentType.OTHER) {
                Compact c = all.get(i);
                others.add(c.source() == null ? c.label() : c.source().file());
            } else {
                compacts.add(all.get(i));
            }
        }
        if (compacts.isEmpty()) {
            // Nothing was recognised as a compact: show everything rather than an empty page.
            compacts.addAll(all);
            notes.add("No document was recognised as a compact; all are shown.");
        } else if (!others.isEmpty()) {
            notes.add("Left out as not compacts: " + String.join(", ", others) + ".");
        }
        List<String> labels = Labels.of(compacts);
        CorpusMatrix matrix = CorpusComparator.builder().comparator(comparator).build().matrix(compacts);
        Map<String, String> byRef = refLabels(matrix.compacts(), labels);

        List<Heatmap> heatmaps = new ArrayList<>();
        // The matrix keeps the order of the compacts it was given, so rows line up with the labels.
        heatmaps.add(BenchmarkHeatmap.of(BenchmarkCatalogue.defaults().benchmarks(), matrix.benchmarks(), labels));
        heatmaps.add(ThemeCoverage.heatmap(compacts, labels));
        if (compacts.size() <= MAX_SIMILARITY_GRID) {
            heatmaps.add(similarity(matrix, labels));
        } else {
            notes.add("The similarity grid is left out for more than " + MAX_SIMILARITY_GRID + " compacts; "
                    + "matrix.json has it in full.");
        }

        List<ReuseLink> reuse = new ArrayList<>();
        for (io.github.compactkit.compare.ReuseLink l : matrix.reuse()) {
            String source = l.likelySource() == null ? null : byRef.getOrDefault(l.likelySource(), l.likelySource());
            reuse.add(new ReuseLink(byRef.getOrDefault(l.a(), l.a()), byRef.getOrDefault(l.b(), l.b()),
                    l.shareOfAReusedFromB(), l.shareOfBReusedFromA(), source));
        }
        reuse.sort(Comparator.comparingDouble(ReuseLink::strength).reversed());
        if (reuse.size() > MAX_REUSE_SHOWN) {
            notes.add("Reuse of wording lists the " + MAX_REUSE_SHOWN + " strongest of " + reuse.size()
                    + " links; matrix.json has them all.");
            reuse = new ArrayList<>(reuse.subList(0, MAX_REUSE_SHOWN));
        }

        List<PairReport> pairs = new ArrayList<>();
        for (int[] p : closestPairs(matrix, MAX_PAIRS_SHOWN)) {
            CompactComparison c = comparator.compare(compacts.get(p[0]), compacts.get(p[1]));
            pairs.add(PairReports.of(c, labels.get(p[0]), labels.get(p[1])));
        }
        int possible = compacts.size() * (compacts.size() - 1) / 2;
        if (possible > pairs.size()) {
            notes.add("Matched commitments are shown for the " + pairs.size() + " most similar pairs of "
                    + possible + "; compare any pair with 'compactkit compare A B'.");
        }
        return new Built(new Report(title, labels, heatmaps, reuse, pairs, shared(matrix, byRef), notes), matrix);
    }

    /** Matrix labels (file names) to report labels, by position. */
    private static Map<String, String> refLabels(List<CompactRef> refs, List<String> labels) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            out.putIfAbsent(refs.get(i).label(), labels.get(i));
        }
        return out;
    }

    private static Heatmap similarity(CorpusMatrix m, List<String> labels) {
        double max = 0;
        for (int i = 0; i < labels.size(); i++) {
            for (int j = 0; j < labels.size(); j++) {
                max = i == j ? max : Math.max(max, m.similarity(i, j));
            }
        }
        List<List<Heatmap.Cell>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            List<Heatmap.Cell> row = new ArrayList<>();
            for (int j = 0; j < labels.size(); j++) {
                double s = m.similarity(i, j);
                String pct = String.format(Locale.ROOT, "%.0f%%", 100 * s);
                row.add(new Heatmap.Cell(i == j ? "" : pct, i == j ? labels.get(i)
                        : pct + " of the commitments of " + labels.get(i) + " and " + labels.get(j)
                        + " have a counterpart in the other.", i == j || max == 0 ? 0 : s / max, null));
            }
            rows.add(row);
        }
        return new Heatmap("similarity", "Similarity between compacts",
                "Share of both compacts' commitments that have a counterpart in the other; the darkest is the most "
                        + "similar pair.", labels, labels, rows);
    }

    /** The {@code max} most similar pairs {i, j}, i < j, most similar first. */
    private static List<int[]> closestPairs(CorpusMatrix m, int max) {
        List<int[]> all = new ArrayList<>();
        int n = m.compacts().size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                all.add(new int[] {i, j});
            }
        }
        all.sort(Comparator.comparingDouble((int[] p) -> -m.similarity(p[0], p[1]))
                .thenComparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        return all.subList(0, Math.min(max, all.size()));
    }

    private static List<SharedCommitment> shared(CorpusMatrix m, Map<String, String> byRef) {
        List<SharedCommitment> out = new ArrayList<>();
        m.clusters().stream()
                .filter(c -> c.compacts() >= 2)
                .sorted(Comparator.comparingInt(CommitmentCluster::compacts).reversed())
                .limit(MAX_SHARED_SHOWN)
                .forEach(c -> out.add(shared(c, byRef)));
        return out;
    }

    /** A cluster's members grouped by wording: one line per wording, not per area, for corpora of hundreds. */
    private static SharedCommitment shared(CommitmentCluster c, Map<String, String> byRef) {
        Map<String, List<String>> areasByText = new java.util.LinkedHashMap<>();
        Map<String, String> sectionByText = new java.util.HashMap<>();
        for (ClusterMember member : c.members()) {
            String area = byRef.getOrDefault(member.compact(), member.compact());
            List<String> areas = areasByText.computeIfAbsent(member.item().text(), t -> new ArrayList<>());
            if (!areas.contains(area)) {
                areas.add(area);
            }
            sectionByText.putIfAbsent(member.item().text(), member.item().section());
        }
        List<SharedCommitment.Wording> wordings = new ArrayList<>();
        areasByText.forEach((text, areas) -> wordings.add(new SharedCommitment.Wording(text, areas, sectionByText.get(text))));
        wordings.sort(Comparator.comparingInt((SharedCommitment.Wording w) -> -w.areas().size()));
        int shown = Math.min(wordings.size(), MAX_WORDINGS_SHOWN);
        return new SharedCommitment(c.representative(), c.themes(), c.compacts(), wordings.subList(0, shown),
                wordings.size() - shown);
    }
}
