package io.github.compactkit.compare;

/**
 * A corpus matrix as JSON: {@code compacts, similarity, reuse, themes, benchmarks, clusters, stats}
 * (record components in order; deterministic).
 */
public final class MatrixJson {
    private MatrixJson() {
    }

    /** The matrix as pretty-printed JSON. */
    public static String write(CorpusMatrix matrix) {
        return ComparisonJson.writeValue(matrix);
    }
}
