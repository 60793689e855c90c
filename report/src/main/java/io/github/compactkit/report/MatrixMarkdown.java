package io.github.compactkit.report;

import io.github.compactkit.compare.Benchmark;
import io.github.compactkit.compare.BenchmarkCoverage;
import io.github.compactkit.compare.BenchmarkResult;
import io.github.compactkit.compare.CommitmentCluster;
import io.github.compactkit.compare.CorpusMatrix;
import io.github.compactkit.compare.Reuse;
import io.github.compactkit.compare.ReuseLink;
import io.github.compactkit.compare.ThemeCoverage;

import java.util.Locale;

/** A corpus matrix as a Markdown report: similarity, reuse, themes, benchmarks, shared commitments. */
public final class MatrixMarkdown {
    private static final int CLUSTERS_SHOWN = 50;

    private MatrixMarkdown() {
    }

    /** The matrix as a Markdown report (the first 50 clusters; all are in the JSON and CSV). */
    public static String write(CorpusMatrix m) {
        StringBuilder md = new StringBuilder("# Compacts compared\n\n");
        md.append(m.compacts().size()).append(" compacts, ").append(m.stats().items()).append(" commitments.\n\n");

        md.append("## Similarity\n\nShare of both compacts' commitments with a counterpart in the other.\n\n| |");
        m.compacts().forEach(c -> md.append(' ').append(ComparisonMarkdown.cell(c.label())).append(" |"));
        md.append("\n|---|").append("---:|".repeat(m.compacts().size())).append('\n');
        for (int i = 0; i < m.compacts().size(); i++) {
            md.append("| ").append(ComparisonMarkdown.cell(m.compacts().get(i).label())).append(" |");
            for (int j = 0; j < m.compacts().size(); j++) {
                md.append(String.format(Locale.ROOT, " %.2f |", m.similarity(i, j)));
            }
            md.append('\n');
        }

        md.append("\n## Reuse of wording\n\n| A | B | A's undertakings worded as in B | B's worded as in A | likely source |\n|---|---|---:|---:|---|\n");
        for (ReuseLink r : m.reuse()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %.0f%% | %.0f%% | %s |%n", ComparisonMarkdown.cell(r.a()),
                    ComparisonMarkdown.cell(r.b()), 100 * r.shareOfAReusedFromB(), 100 * r.shareOfBReusedFromA(),
                    r.likelySource() == null ? "" : ComparisonMarkdown.cell(r.likelySource())));
        }

        md.append("\n## Undertakings by theme\n\n");
        if (!m.themes().isEmpty()) {
            md.append("| compact |");
            m.themes().get(0).counts().keySet().forEach(t -> md.append(' ').append(t).append(" |"));
            md.append("\n|---|").append("---:|".repeat(m.themes().get(0).counts().size())).append('\n');
            for (ThemeCoverage t : m.themes()) {
                md.append("| ").append(ComparisonMarkdown.cell(t.compact())).append(" |");
                t.counts().values().forEach(v -> md.append(' ').append(v).append(" |"));
                md.append('\n');
            }
        }

        md.append("\n## Benchmark commitments\n\n");
        if (!m.benchmarks().isEmpty()) {
            md.append("| compact |");
            m.benchmarks().get(0).results().forEach(r -> md.append(' ').append(r.benchmark()).append(" |"));
            md.append("\n|---|").append("---|".repeat(m.benchmarks().get(0).results().size())).append('\n');
            for (BenchmarkCoverage b : m.benchmarks()) {
                md.append("| ").append(ComparisonMarkdown.cell(b.compact())).append(" |");
                for (BenchmarkResult r : b.results()) {
                    md.append(' ').append(r.status().name().toLowerCase(Locale.ROOT));
                    if (r.value() != null) {
                        md.append(" (").append(r.value()).append(')');
                    }
                    md.append(" |");
                }
                md.append('\n');
            }
        }

        md.append("\n## Commitments shared across areas\n\n");
        int shown = 0;
        for (CommitmentCluster c : m.clusters()) {
            if (shown++ == CLUSTERS_SHOWN) {
                md.append("\n(").append(m.clusters().size() - CLUSTERS_SHOWN).append(" more in the JSON and CSV.)\n");
                break;
            }
            md.append("- **").append(c.compacts()).append(" compacts**: ").append(ComparisonMarkdown.cell(c.representative()));
            md.append(" — ");
            md.append(String.join(", ", c.members().stream().map(x -> x.compact() + " " + (x.item().section() == null ? "" : x.item().section())).map(String::strip).toList()));
            md.append('\n');
        }
        return md.toString();
    }
}
