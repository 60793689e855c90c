package io.github.compactkit.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The primitive greedy alignment against a plain reference: candidates sorted with a JDK comparator
 * (score descending, then A's item, then B's), taken greedily, returned in item order.
 */
class AlignmentTakeTest {

    @Property(tries = 300)
    void takesWhatTheReferenceTakes(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int sizeA,
                                    @ForAll @IntRange(min = 0, max = 40) int sizeB) {
        Random random = new Random(seed);
        // Unique item pairs, scores from a small set so that ties (broken by item order) are common.
        List<int[]> pairs = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int wanted = sizeA * sizeB == 0 ? 0 : random.nextInt(Math.min(sizeA * sizeB, 300) + 1);
        while (pairs.size() < wanted) {
            int a = random.nextInt(sizeA);
            int b = random.nextInt(sizeB);
            if (seen.add(((long) a << 32) | b)) {
                pairs.add(new int[]{a, b});
            }
        }
        pairs.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        int count = pairs.size();
        int[] a = new int[count];
        int[] b = new int[count];
        double[] score = new double[count];
        boolean[] mayJoin = new boolean[count];
        for (int k = 0; k < count; k++) {
            a[k] = pairs.get(k)[0];
            b[k] = pairs.get(k)[1];
            score[k] = random.nextInt(6) / 5.0;
            mayJoin[k] = random.nextBoolean();
        }
        Alignment.SecondTest second = (k, aIsNew) -> mayJoin[k] && (aIsNew || a[k] % 2 == 0);

        int[] taken = Alignment.take(count, a, b, score, sizeA, sizeB, second);

        assertArrayEquals(reference(count, a, b, score, sizeA, sizeB, second), taken);
    }

    @Property(tries = 50)
    void sortsLargeBucketsLikeTheJdk(@ForAll long seed) {
        Random random = new Random(seed);
        int sizeA = 300;
        int sizeB = 300;
        int count = 5_000;
        java.util.TreeSet<Long> pairs = new java.util.TreeSet<>();
        while (pairs.size() < count) {
            pairs.add(((long) random.nextInt(sizeA) << 32) | random.nextInt(sizeB));
        }
        int[] a = new int[count];
        int[] b = new int[count];
        double[] score = new double[count];
        int k = 0;
        for (long pair : pairs) {
            a[k] = (int) (pair >>> 32);
            b[k] = (int) pair;
            score[k] = random.nextInt(50) / 49.0;
            k++;
        }
        Alignment.SecondTest always = (candidate, aIsNew) -> true;
        assertArrayEquals(reference(count, a, b, score, sizeA, sizeB, always),
                Alignment.take(count, a, b, score, sizeA, sizeB, always));
    }

    @org.junit.jupiter.api.Test
    void refusesCandidatesOutOfItemOrder() {
        int[] a = {0, 0};
        int[] b = {1, 0};
        double[] score = {0.9, 0.8};
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Alignment.take(2, a, b, score, 1, 2, (k, aIsNew) -> true));
    }

    private static int[] reference(int count, int[] a, int[] b, double[] score, int sizeA, int sizeB,
                                   Alignment.SecondTest second) {
        Integer[] order = new Integer[count];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(k -> -score[k])
                .thenComparingInt(k -> a[k]).thenComparingInt(k -> b[k]));
        BitSet matchedA = new BitSet(sizeA);
        BitSet matchedB = new BitSet(sizeB);
        List<Integer> taken = new ArrayList<>();
        for (int k : order) {
            boolean aDone = matchedA.get(a[k]);
            boolean bDone = matchedB.get(b[k]);
            if (aDone && bDone || (aDone || bDone) && !second.acceptsAsSecond(k, !aDone)) {
                continue;
            }
            matchedA.set(a[k]);
            matchedB.set(b[k]);
            taken.add(k);
        }
        taken.sort(Comparator.<Integer>comparingInt(k -> a[k]).thenComparingInt(k -> b[k]));
        return taken.stream().mapToInt(Integer::intValue).toArray();
    }
}
