package io.github.compactkit.corpus.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A port of Python's {@code difflib.SequenceMatcher(None, a, b, autojunk=False)} for lists of
 * tokens: {@link #ratio()} is {@code 2*M/T} where M is the total size of the matching blocks found
 * by the same recursion (longest match first, earliest in {@code a}, then earliest in {@code b}),
 * so results equal difflib's bit for bit. Without junk and without autojunk, difflib's junk
 * handling reduces to nothing and is left out.
 */
public final class SequenceMatcher {
    private final List<String> a;
    private final List<String> b;
    private final Map<String, int[]> b2j;

    /** A matcher over two token lists. */
    public SequenceMatcher(List<String> a, List<String> b) {
        this.a = List.copyOf(a);
        this.b = List.copyOf(b);
        this.b2j = indexB(this.b);
    }

    private static Map<String, int[]> indexB(List<String> b) {
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int j = 0; j < b.size(); j++) {
            positions.computeIfAbsent(b.get(j), k -> new ArrayList<>()).add(j);
        }
        Map<String, int[]> out = new HashMap<>();
        positions.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /** difflib's {@code ratio()}: 2.0 * matches / (len(a) + len(b)), 1.0 when both are empty. */
    public double ratio() {
        int total = a.size() + b.size();
        if (total == 0) {
            return 1.0;
        }
        return 2.0 * matches() / total;
    }

    /** The number of tokens in matching blocks (the sum of {@code get_matching_blocks} sizes). */
    public int matches() {
        int sum = 0;
        Deque<int[]> queue = new ArrayDeque<>();
        queue.push(new int[] {0, a.size(), 0, b.size()});
        // difflib pops from the end of a list: a stack. The order changes nothing in the sum but
        // is kept so a reader can compare the two line by line.
        while (!queue.isEmpty()) {
            int[] q = queue.pop();
            int alo = q[0];
            int ahi = q[1];
            int blo = q[2];
            int bhi = q[3];
            int[] m = findLongestMatch(alo, ahi, blo, bhi);
            int i = m[0];
            int j = m[1];
            int k = m[2];
            if (k > 0) {
                sum += k;
                if (alo < i && blo < j) {
                    queue.push(new int[] {alo, i, blo, j});
                }
                if (i + k < ahi && j + k < bhi) {
                    queue.push(new int[] {i + k, ahi, j + k, bhi});
                }
            }
        }
        return sum;
    }

    /**
     * difflib's {@code find_longest_match}: the longest block a[i:i+k] == b[j:j+k] inside the
     * ranges; among equals the one starting earliest in a, then earliest in b.
     */
    int[] findLongestMatch(int alo, int ahi, int blo, int bhi) {
        int besti = alo;
        int bestj = blo;
        int bestsize = 0;
        // j2len[j] = length of the match ending at a[i-1], b[j]; kept sparse as in difflib.
        Map<Integer, Integer> j2len = new HashMap<>();
        for (int i = alo; i < ahi; i++) {
            Map<Integer, Integer> newj2len = new HashMap<>();
            int[] js = b2j.get(a.get(i));
            if (js != null) {
                for (int j : js) {
                    if (j < blo) {
                        continue;
                    }
                    if (j >= bhi) {
                        break;
                    }
                    int k = j2len.getOrDefault(j - 1, 0) + 1;
                    newj2len.put(j, k);
                    if (k > bestsize) {
                        besti = i - k + 1;
                        bestj = j - k + 1;
                        bestsize = k;
                    }
                }
            }
            j2len = newj2len;
        }
        // difflib then extends the match over non-junk neighbours; with no junk the block found is
        // already maximal, but the loops are kept for fidelity.
        while (besti > alo && bestj > blo && a.get(besti - 1).equals(b.get(bestj - 1))) {
            besti--;
            bestj--;
            bestsize++;
        }
        while (besti + bestsize < ahi && bestj + bestsize < bhi
                && a.get(besti + bestsize).equals(b.get(bestj + bestsize))) {
            bestsize++;
        }
        return new int[] {besti, bestj, bestsize};
    }
}
