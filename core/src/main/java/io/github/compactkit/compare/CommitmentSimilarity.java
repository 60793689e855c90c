package io.github.compactkit.compare;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * A similarity of meaning between commitment texts, registered with
 * {@link CompactComparator.Builder#similarity}: texts become unit-length vectors whose dot product
 * (a cosine) says how close two commitments are in meaning, whatever their words. Without one, the
 * comparator matches by wording and shared terms only. An implementation (the optional
 * {@code compactkit-semantic} module) must be thread-safe.
 */
public interface CommitmentSimilarity {

    /** A short name for reports, e.g. the model's. */
    String name();

    /** One unit-length vector per text, in order; equal texts get equal vectors. */
    List<float[]> embed(List<String> texts);

    /**
     * Cosine of meaning from which two items of compatible parties are the same commitment
     * (a paraphrase), whatever terms they share.
     */
    double paraphraseCosine();

    /**
     * Cosine of meaning from which an item already matched takes a second partner (one item
     * covering two of the other's: a merged match), when the shared terms do not show it.
     */
    double mergeCosine();

    /**
     * An index over {@code vectors} that proposes, for a query vector, the indexed ones whose cosine
     * may reach a threshold. This default scans every vector (exact); an implementation may
     * answer approximately, faster.
     */
    default NearVectors index(List<float[]> vectors) {
        return exactIndex(vectors);
    }

    /** The exact index: every vector is compared with the query. */
    static NearVectors exactIndex(List<float[]> vectors) {
        return (query, minCosine, sink) -> {
            for (int i = 0; i < vectors.size(); i++) {
                if (dot(query, vectors.get(i)) >= minCosine) {
                    sink.accept(i);
                }
            }
        };
    }

    /** The cosine of two unit-length vectors. */
    static double dot(float[] x, float[] y) {
        double sum = 0;
        for (int k = 0; k < x.length; k++) {
            sum += x[k] * y[k];
        }
        return sum;
    }

    /** Vectors near a query. */
    @FunctionalInterface
    interface NearVectors {
        /** Calls {@code sink} with the position of each indexed vector whose cosine with {@code query} may reach {@code minCosine}. */
        void near(float[] query, double minCosine, IntConsumer sink);
    }
}
