package io.github.compactkit.report;

import io.github.compactkit.compare.BenchmarkCoverage;
import io.github.compactkit.compare.BenchmarkResult;
import io.github.compactkit.compare.ClusterMember;
import io.github.compactkit.compare.CommitmentCluster;
import io.github.compactkit.compare.CorpusMatrix;
import io.github.compactkit.compare.ReuseLink;
import io.github.compactkit.compare.ThemeCoverage;

import java.util.ArrayList;
import java.util.List;

/**
 * A corpus matrix as CSV tables, one method per table: compacts are labelled by file name (else
 * area). RFC 4180 quoting, CRLF line ends.
 */
public final class MatrixCsv {
    private MatrixCsv() {
    }

    /** Compact × compact similarity; first column and header row are the labels. */
    public static String similarity(CorpusMatrix m) {
        Csv csv = new Csv();
        List<Object> header = new ArrayList<>();
        header.add("compact");
        m.compacts().forEach(c -> header.add(c.label()));
        csv.row(header);
        for (int i = 0; i < m.compacts().size(); i++) {
            List<Object> row = new ArrayList<>();
            row.add(m.compacts().get(i).label());
            row.addAll(m.similarity().get(i));
            csv.row(row);
        }
        return csv.toString();
    }

    /** One row per pair of compacts sharing wording: {@code a, b, share_a_from_b, share_b_from_a, likely_source}. */
    public static String reuse(CorpusMatrix m) {
        Csv csv = new Csv().row("a", "b", "share_a_from_b", "share_b_from_a", "likely_source");
        for (ReuseLink r : m.reuse()) {
            csv.row(r.a(), r.b(), r.shareOfAReusedFromB(), r.shareOfBReusedFromA(), r.likelySource());
        }
        return csv.toString();
    }

    /** Compact × theme: undertakings per theme. */
    public static String themes(CorpusMatrix m) {
        Csv csv = new Csv();
        List<Object> header = new ArrayList<>();
        header.add("compact");
        if (!m.themes().isEmpty()) {
            header.addAll(m.themes().get(0).counts().keySet());
        }
        csv.row(header);
        for (ThemeCoverage t : m.themes()) {
            List<Object> row = new ArrayList<>();
            row.add(t.compact());
            row.addAll(t.counts().values());
            csv.row(row);
        }
        return csv.toString();
    }

    /** Compact × benchmark: one row per compact and benchmark with status, value, section and evidence. */
    public static String benchmarks(CorpusMatrix m) {
        Csv csv = new Csv().row("compact", "benchmark", "status", "value", "section", "source", "evidence");
        for (BenchmarkCoverage b : m.benchmarks()) {
            for (BenchmarkResult r : b.results()) {
                csv.row(b.compact(), r.benchmark(), r.status(), r.value(), r.section(), r.source(), r.evidence());
            }
        }
        return csv.toString();
    }

    /** One row per cluster member: {@code cluster, compacts, representative, compact, type, party, section, text}. */
    public static String clusters(CorpusMatrix m) {
        Csv csv = new Csv().row("cluster", "compacts", "representative", "compact", "type", "party", "section", "text");
        int id = 1;
        for (CommitmentCluster c : m.clusters()) {
            for (ClusterMember member : c.members()) {
                csv.row(id, c.compacts(), c.representative(), member.compact(), member.item().type(),
                        member.item().party(), member.item().section(), member.item().text());
            }
            id++;
        }
        return csv.toString();
    }
}
