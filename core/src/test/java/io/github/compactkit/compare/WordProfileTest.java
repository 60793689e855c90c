package io.github.compactkit.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The bit-parallel LCS against the plain one, across the 64-word block boundaries. */
class WordProfileTest {

    @Property(tries = 500)
    void lcsEqualsThePlainAlgorithm(@ForAll long seed, @ForAll @IntRange(min = 0, max = 200) int lengthA,
                                         @ForAll @IntRange(min = 0, max = 200) int lengthB,
                                         @ForAll @IntRange(min = 1, max = 40) int alphabet) {
        Random random = new Random(seed);
        int[] a = random.ints(lengthA, 0, alphabet).toArray();
        int[] b = random.ints(lengthB, 0, alphabet).toArray();
        WordProfile profile = new WordProfile();
        // A previous text must leave nothing behind.
        profile.load(random.ints(random.nextInt(150), 0, alphabet * 2).toArray());
        profile.load(b);
        assertEquals(tableLcs(a, b), profile.lcs(a));
    }

    @Property(tries = 100)
    void nearCopiesOfLongTexts(@ForAll long seed) {
        Random random = new Random(seed);
        int[] b = random.ints(300, 0, 500).toArray();
        int[] a = Arrays.copyOf(b, b.length);
        for (int k = 0; k < 20; k++) {
            a[random.nextInt(a.length)] = random.nextInt(500);
        }
        WordProfile profile = new WordProfile();
        profile.load(b);
        assertEquals(tableLcs(a, b), profile.lcs(a));
        assertEquals(b.length, profile.lcs(b));
    }

    /** The longest common subsequence by the plain dynamic-programming table: the reference. */
    private static int tableLcs(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int i = 1; i <= a.length; i++) {
            int ai = a[i - 1];
            for (int j = 1; j <= b.length; j++) {
                cur[j] = ai == b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length];
    }
}
