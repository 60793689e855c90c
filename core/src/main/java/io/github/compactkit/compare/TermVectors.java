package io.github.compactkit.compare;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * TF-IDF vectors of items' content terms over one collection, as sorted term ids with unit-length
 * weights, so a dot product is a cosine. Term ids follow the terms' sort order: deterministic.
 */
final class TermVectors {
    private final Map<String, Integer> ids;
    private final double[] idf;
    private final int[] documentFrequency;

    private TermVectors(Map<String, Integer> ids, double[] idf, int[] documentFrequency) {
        this.ids = ids;
        this.idf = idf;
        this.documentFrequency = documentFrequency;
    }

    /** Builds the vocabulary and IDF (smoothed: ln((1+N)/(1+df)) + 1) from every item's terms. */
    static TermVectors fit(List<List<String>> documents) {
        TreeMap<String, Integer> df = new TreeMap<>();
        for (List<String> terms : documents) {
            for (String t : new java.util.HashSet<>(terms)) {
                df.merge(t, 1, Integer::sum);
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        double[] idf = new double[df.size()];
        int[] dfs = new int[df.size()];
        int n = documents.size();
        int next = 0;
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            ids.put(e.getKey(), next);
            dfs[next] = e.getValue();
            idf[next] = Math.log((1.0 + n) / (1.0 + e.getValue())) + 1.0;
            next++;
        }
        return new TermVectors(ids, idf, dfs);
    }

    int size() {
        return idf.length;
    }

    double idf(int termId) {
        return idf[termId];
    }

    int documentFrequency(int termId) {
        return documentFrequency[termId];
    }

    /** The unit TF-IDF vector of a term list (terms outside the vocabulary are ignored). */
    Vector vector(List<String> terms) {
        TreeMap<Integer, Double> weights = new TreeMap<>();
        for (String t : terms) {
            Integer id = ids.get(t);
            if (id != null) {
                weights.merge(id, 1.0, Double::sum);
            }
        }
        int[] termIds = new int[weights.size()];
        double[] w = new double[weights.size()];
        double norm = 0;
        int i = 0;
        for (Map.Entry<Integer, Double> e : weights.entrySet()) {
            termIds[i] = e.getKey();
            // Sublinear tf: a repeated word should not dominate a commitment.
            w[i] = (1.0 + Math.log(e.getValue())) * idf[e.getKey()];
            norm += w[i] * w[i];
            i++;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int k = 0; k < w.length; k++) {
                w[k] /= norm;
            }
        }
        return new Vector(termIds, w);
    }

    /** A sparse unit vector: term ids ascending, weights aligned. */
    record Vector(int[] ids, double[] weights) {
        double dot(Vector other) {
            double sum = 0;
            int i = 0;
            int j = 0;
            while (i < ids.length && j < other.ids.length) {
                if (ids[i] == other.ids[j]) {
                    sum += weights[i++] * other.weights[j++];
                } else if (ids[i] < other.ids[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return sum;
        }

        /** Share of this vector's weight (squared) on terms the other also has: how much of this it covers. */
        double coveredBy(Vector other) {
            double covered = 0;
            int i = 0;
            int j = 0;
            while (i < ids.length && j < other.ids.length) {
                if (ids[i] == other.ids[j]) {
                    covered += weights[i] * weights[i];
                    i++;
                    j++;
                } else if (ids[i] < other.ids[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return covered;
        }

        boolean isEmpty() {
            return ids.length == 0;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Vector v && Arrays.equals(ids, v.ids) && Arrays.equals(weights, v.weights);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(ids) + Arrays.hashCode(weights);
        }
    }
}
