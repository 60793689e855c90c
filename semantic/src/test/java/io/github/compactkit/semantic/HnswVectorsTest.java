package io.github.compactkit.semantic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.compare.CommitmentSimilarity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The HNSW radius search against the exact scan, on clustered unit vectors. */
class HnswVectorsTest {
    @Test
    void findsNearlyEveryVectorTheScanFinds() {
        Random random = new Random(7);
        List<float[]> centres = new ArrayList<>();
        for (int c = 0; c < 40; c++) {
            centres.add(unit(gaussian(random, 64, 1.0, null)));
        }
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            vectors.add(unit(gaussian(random, 64, 0.08, centres.get(i % centres.size()))));
        }
        HnswVectors index = HnswVectors.build(vectors, 16, 64, 0.1);
        CommitmentSimilarity.NearVectors exact = CommitmentSimilarity.exactIndex(vectors);
        double threshold = 0.65;
        long expected = 0;
        long found = 0;
        for (int q = 0; q < 200; q++) {
            Set<Integer> truth = new HashSet<>();
            exact.near(vectors.get(q), threshold, truth::add);
            Set<Integer> got = new HashSet<>();
            index.near(vectors.get(q), threshold, got::add);
            for (int id : got) {
                assertTrue(CommitmentSimilarity.dot(vectors.get(q), vectors.get(id)) >= threshold - 1e-6,
                        "a proposed vector below the threshold");
            }
            expected += truth.size();
            got.retainAll(truth);
            found += got.size();
        }
        assertTrue(expected > 1000, "the clusters should give many pairs: " + expected);
        double recall = (double) found / expected;
        assertTrue(recall >= 0.95, "recall " + recall);
    }

    private static float[] gaussian(Random random, int dim, double sigma, float[] centre) {
        float[] v = new float[dim];
        for (int k = 0; k < dim; k++) {
            v[k] = (float) ((centre == null ? 0 : centre[k]) + sigma * random.nextGaussian());
        }
        return v;
    }

    private static float[] unit(float[] v) {
        double n = 0;
        for (float f : v) {
            n += f * f;
        }
        float[] out = new float[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = (float) (v[k] / Math.sqrt(n));
        }
        return out;
    }
}
