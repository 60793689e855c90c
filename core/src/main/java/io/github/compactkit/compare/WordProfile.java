package io.github.compactkit.compare;

import java.util.Arrays;

/**
 * One text's words laid out for comparing it with many others (each probing text of the corpus
 * comparison, each item of a pairwise one): per word id, its positions as bit masks, for the
 * bit-parallel LCS of Allison and Dix as refined by Crochemore et al. and Hyyrö ("Bit-parallel
 * LCS-length computation revisited", 2004): one pass over the other text, a few word operations
 * per word, instead of the quadratic table. One per thread; not thread-safe.
 */
final class WordProfile {
    private int[] slot = new int[0]; // 1 + the word's mask slot; 0: not in the text
    private long[] masks = new long[0];
    private int[] loaded = new int[0];
    private int length;
    private int blocks;

    /** Prepares {@code wordIds} (the text's words in order) as the text compared with. */
    void load(int[] wordIds) {
        clear();
        int max = -1;
        for (int id : wordIds) {
            max = Math.max(max, id);
        }
        if (max >= slot.length) {
            slot = Arrays.copyOf(slot, Math.max(max + 1, slot.length * 2));
        }
        length = wordIds.length;
        blocks = (length + 63) >>> 6;
        if (masks.length < blocks * length) {
            masks = new long[Math.max(blocks * length, masks.length * 2)];
        }
        loaded = wordIds;
        int slots = 0;
        for (int i = 0; i < length; i++) {
            int id = wordIds[i];
            if (slot[id] == 0) {
                slot[id] = ++slots;
                Arrays.fill(masks, (slots - 1) * blocks, slots * blocks, 0L);
            }
            masks[(slot[id] - 1) * blocks + (i >>> 6)] |= 1L << (i & 63);
        }
    }

    private void clear() {
        for (int id : loaded) {
            slot[id] = 0;
        }
        loaded = new int[0];
    }

    /** The length of the longest common subsequence with {@code ids} (another text's words in order). */
    int lcs(int[] ids) {
        if (length == 0 || ids.length == 0) {
            return 0;
        }
        // V starts all ones; for each word with position mask M: V = (V + (V & M)) | (V & ~M), the
        // addition carrying across blocks. The LCS is the number of zeros among V's low bits.
        if (blocks == 1) {
            long v = -1L;
            for (int id : ids) {
                int s = id < slot.length ? slot[id] : 0;
                if (s != 0) {
                    long m = masks[s - 1];
                    v = (v + (v & m)) | (v & ~m);
                }
            }
            long low = length == 64 ? v : v & ((1L << length) - 1);
            return length - Long.bitCount(low);
        }
        long[] v = new long[blocks];
        Arrays.fill(v, -1L);
        for (int id : ids) {
            int s = id < slot.length ? slot[id] : 0;
            if (s == 0) {
                continue; // M = 0 leaves V unchanged
            }
            int base = (s - 1) * blocks;
            long carry = 0;
            for (int k = 0; k < blocks; k++) {
                long m = masks[base + k];
                long u = v[k] & m;
                long sum = v[k] + u + carry;
                // Unsigned carry out of v[k] + u + carry.
                carry = Long.compareUnsigned(sum, v[k]) < 0 || (carry != 0 && sum == v[k]) ? 1 : 0;
                v[k] = sum | (v[k] & ~m);
            }
        }
        int ones = 0;
        for (int k = 0; k < blocks; k++) {
            long word = v[k];
            int bits = Math.min(64, length - (k << 6));
            if (bits < 64) {
                word &= (1L << bits) - 1;
            }
            ones += Long.bitCount(word);
        }
        return length - ones;
    }
}
