package io.github.compactkit.semantic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.compare.CommitmentSimilarity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The HNSW searches (radius, and k nearest) against the exact scan, on clustered unit vectors. */
class HnswVectorsTest {
    @Test
    void findsNearlyEveryVectorTheScanFinds() {
        List<float[]> vectors = clustered();
        HnswVectors index = HnswVectors.build(vectors, 16, 64, 0.1, 0);
        CommitmentSimilarity.NearVectors exact = CommitmentSimilarity.exactIndex(vectors);
        long[] counts = compare(vectors, index, exact, 0.65);
        assertTrue(counts[0] > 1000, "the clusters should give many pairs: " + counts[0]);
        double recall = (double) counts[1] / counts[0];
        assertTrue(recall >= 0.95, "recall " + recall);
    }

    @Test
    void theNearestSearchFindsTheClosestVectorsAboveTheThreshold() {
        List<float[]> vectors = clustered();
        // Each cluster holds 50 vectors: the 60 nearest hold every one above the threshold.
        HnswVectors index = HnswVectors.build(vectors, 16, 64, 0.1, 60);
        long[] counts = compare(vectors, index, CommitmentSimilarity.exactIndex(vectors), 0.65);
        assertTrue((double) counts[1] / counts[0] >= 0.95, "recall " + counts[1] + "/" + counts[0]);
        // With fewer than the cluster's size, each query finds at most that many.
        HnswVectors few = HnswVectors.build(vectors, 16, 64, 0.1, 5);
        long[] capped = compare(vectors, few, CommitmentSimilarity.exactIndex(vectors), 0.65);
        assertTrue(capped[2] <= 5L * 200 && capped[2] >= 4L * 200, "proposed " + capped[2]);
    }

    private static List<float[]> clustered() {
        Random random = new Random(7);
        List<float[]> centres = new ArrayList<>();
        for (int c = 0; c < 40; c++) {
            centres.add(unit(gaussian(random, 64, 1.0, null)));
        }
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            vectors.add(unit(gaussian(random, 64, 0.08, centres.get(i % centres.size()))));
        }
        return vectors;
    }

    /** {pairs the scan finds, of them found by the index, pairs the index proposed} from the first 200 queries. */
    private static long[] compare(List<float[]> vectors, CommitmentSimilarity.NearVectors index,
                                  CommitmentSimilarity.NearVectors exact, double threshold) {
        long expected = 0;
        long found = 0;
        long proposed = 0;
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
            proposed += got.size();
            got.retainAll(truth);
            found += got.size();
        }
        return new long[]{expected, found, proposed};
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
