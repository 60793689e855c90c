package io.github.compactkit.report;

import io.github.compactkit.compare.Benchmark;
import io.github.compactkit.compare.BenchmarkCoverage;
import io.github.compactkit.compare.BenchmarkResult;
import io.github.compactkit.compare.BenchmarkStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The areas × benchmark commitments heatmap: for each commitment national guidance expects, whether
 * each compact makes it (present, stronger, weaker, absent), with the quoted evidence.
 */
public final class BenchmarkHeatmap {
    private BenchmarkHeatmap() {
    }

    /** One row per coverage (in order, labelled by {@code labels}), one column per benchmark. */
    public static Heatmap of(List<Benchmark> benchmarks, List<BenchmarkCoverage> coverage, List<String> labels) {
        List<List<Heatmap.Cell>> rows = new ArrayList<>();
        for (BenchmarkCoverage c : coverage) {
            List<Heatmap.Cell> row = new ArrayList<>();
            for (Benchmark b : benchmarks) {
                row.add(cell(b, c.result(b.id())));
            }
            rows.add(row);
        }
        return new Heatmap("benchmarks", "Benchmark commitments by area",
                "What national guidance expects a local compact to promise, found in each compact: present, "
                        + "stronger than guidance, weaker, or absent. Click a cell for the evidence.",
                labels, benchmarks.stream().map(Benchmark::title).toList(), rows);
    }

    private static Heatmap.Cell cell(Benchmark b, BenchmarkResult r) {
        BenchmarkStatus status = r == null ? BenchmarkStatus.ABSENT : r.status();
        String word = status.name().toLowerCase(Locale.ROOT);
        String label = status == BenchmarkStatus.ABSENT ? "—" : r.value() != null ? r.value() : word;
        StringBuilder detail = new StringBuilder(word.toUpperCase(Locale.ROOT));
        if (b.guidance() != null) {
            detail.append(". Guidance: ").append(b.guidance());
        }
        if (r != null && r.evidence() != null) {
            detail.append("\nEvidence");
            if (r.section() != null) {
                detail.append(" (section ").append(r.section()).append(')');
            }
            detail.append(": “").append(r.evidence()).append('”');
        }
        double level = switch (status) {
            case STRONGER -> 1.0;
            case PRESENT -> 0.75;
            case WEAKER -> 0.4;
            case ABSENT -> 0.0;
        };
        return new Heatmap.Cell(label, detail.toString(), level, word);
    }
}
