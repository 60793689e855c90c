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
     * The vectors of each text's parts (its clauses, as the implementation splits them), in order; an
     * empty array for a text of one part. A part close to a whole item shows an item that bundles
     * several commitments (a merged match). This default splits nothing.
     */
    default List<float[][]> parts(List<String> texts) {
        return texts.stream().map(t -> new float[0][]).toList();
    }

    /**
     * The largest cosine between {@code x} or one of its parts and {@code y} or one of its parts.
     */
    static double partCosine(float[] x, float[][] xParts, float[] y, float[][] yParts) {
        double best = dot(x, y);
        for (float[] p : xParts) {
            best = Math.max(best, dot(p, y));
            for (float[] q : yParts) {
                best = Math.max(best, dot(p, q));
            }
        }
        for (float[] q : yParts) {
            best = Math.max(best, dot(x, q));
        }
        return best;
    }

    /**
     * Cosine of meaning from which two items of compatible parties are the same commitment
     * (a paraphrase), whatever terms they share.
     */
    double paraphraseCosine();

    /**
     * Cosine of meaning, between the items or their parts, from which an item already matched takes
     * a second partner (one item covering two of the other's: a merged match) when the shared terms
     * do not show it, and from which a part of one item matches the other.
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

    /**
     * The cosine of two unit-length vectors. Four running sums in float: the exact scans of corpus
     * candidates spend most of their time here, and independent sums let the processor overlap them
     * (one double sum converting every product took twice the time).
     */
    static double dot(float[] x, float[] y) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int n = x.length;
        int k = 0;
        for (; k + 3 < n; k += 4) {
            s0 += x[k] * y[k];
            s1 += x[k + 1] * y[k + 1];
            s2 += x[k + 2] * y[k + 2];
            s3 += x[k + 3] * y[k + 3];
        }
        for (; k < n; k++) {
            s0 += x[k] * y[k];
        }
        return (double) (s0 + s1) + (double) (s2 + s3);
    }

    /** Vectors near a query. */
    @FunctionalInterface
    interface NearVectors {
        /** Calls {@code sink} with the position of each indexed vector whose cosine with {@code query} may reach {@code minCosine}. */
        void near(float[] query, double minCosine, IntConsumer sink);
    }
}
