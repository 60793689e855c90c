package io.github.compactkit.compare;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Many compacts compared: a similarity matrix (share of both compacts' commitments with a
 * counterpart in the other; rows and columns in {@code compacts} order), wording reuse between
 * pairs, theme coverage per compact, benchmark commitments per compact and clusters of equivalent
 * commitments across areas. The JSON ({@link MatrixJson}) starts with {@code schemaVersion}, of the
 * schema {@code io/github/compactkit/schema/matrix.schema.json}.
 */
@JsonPropertyOrder({"schemaVersion", "compacts", "similarity", "reuse", "themes", "benchmarks", "clusters", "stats"})
@JsonIgnoreProperties(value = {"schemaVersion"}, allowGetters = true)
public record CorpusMatrix(List<CompactRef> compacts, List<List<Double>> similarity, List<ReuseLink> reuse,
                           List<ThemeCoverage> themes, List<BenchmarkCoverage> benchmarks,
                           List<CommitmentCluster> clusters, MatrixStats stats) {
    /** The version of the matrix contract this record writes. */
    public static final String SCHEMA_VERSION = "1";

    public CorpusMatrix {
        compacts = List.copyOf(compacts);
        similarity = similarity.stream().map(List::copyOf).toList();
        reuse = List.copyOf(reuse);
        themes = List.copyOf(themes);
        benchmarks = List.copyOf(benchmarks);
        clusters = List.copyOf(clusters);
    }

    /** {@link #SCHEMA_VERSION}, written first in the JSON. */
    @JsonProperty("schemaVersion")
    public String schemaVersion() {
        return SCHEMA_VERSION;
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
