package io.github.compactkit.compare;

import java.util.List;

/**
 * Many compacts compared: a similarity matrix (share of both compacts' commitments with a
 * counterpart in the other; rows and columns in {@code compacts} order), wording reuse between
 * pairs, theme coverage per compact, benchmark commitments per compact and clusters of equivalent
 * commitments across areas.
 */
public record CorpusMatrix(List<CompactRef> compacts, List<List<Double>> similarity, List<ReuseLink> reuse,
                           List<ThemeCoverage> themes, List<BenchmarkCoverage> benchmarks,
                           List<CommitmentCluster> clusters, MatrixStats stats) {
    public CorpusMatrix {
        compacts = List.copyOf(compacts);
        similarity = similarity.stream().map(List::copyOf).toList();
        reuse = List.copyOf(reuse);
        themes = List.copyOf(themes);
        benchmarks = List.copyOf(benchmarks);
        clusters = List.copyOf(clusters);
    }

    /** Similarity of compacts {@code i} and {@code j} (indices into {@link #compacts()}). */
    public double similarity(int i, int j) {
        return similarity.get(i).get(j);
    }

    /** The reuse link between two compacts by label (file name), in either order, or null if none. */
    public ReuseLink reuse(String a, String b) {
        for (ReuseLink link : reuse) {
            if (link.a().equals(a) && link.b().equals(b)) {
                return link;
            }
            if (link.a().equals(b) && link.b().equals(a)) {
                return new ReuseLink(a, b, link.shareOfBReusedFromA(), link.shareOfAReusedFromB(), link.likelySource());
            }
        }
        return null;
    }
}
