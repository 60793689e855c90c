package io.github.compactkit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word-level diff of two texts (longest common subsequence over case-insensitive words), to mark
 * what differs between two matched commitments.
 */
public final class WordDiff {
    /** How a run of words relates to the other text. */
    public enum Op { SAME, ONLY_A, ONLY_B }

    /** A run of consecutive words with one {@link Op}, as written (original case and spacing). */
    public record Segment(Op op, String text) {
    }

    /** Longer texts are shown without marks: the table is O(n·m) and the marks would be noise. */
    static final int MAX_WORDS = 600;

    private WordDiff() {
    }

    /** The segments of {@code a} and {@code b} in reading order: SAME runs interleaved with ONLY_A / ONLY_B. */
    public static List<Segment> diff(String a, String b) {
        String[] x = words(a);
        String[] y = words(b);
        if (x.length > MAX_WORDS || y.length > MAX_WORDS) {
            return List.of(new Segment(Op.ONLY_A, String.join(" ", x)), new Segment(Op.ONLY_B, String.join(" ", y)));
        }
        int[][] lcs = new int[x.length + 1][y.length + 1];
        for (int i = x.length - 1; i >= 0; i--) {
            for (int j = y.length - 1; j >= 0; j--) {
                lcs[i][j] = same(x[i], y[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Segment> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < x.length || j < y.length) {
            if (i < x.length && j < y.length && same(x[i], y[j])) {
                add(out, Op.SAME, x[i]);
                i++;
                j++;
            } else if (j < y.length && (i == x.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(out, Op.ONLY_B, y[j++]);
            } else {
                add(out, Op.ONLY_A, x[i++]);
            }
        }
        return out;
    }

    private static void add(List<Segment> out, Op op, String word) {
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(op, last.text() + " " + word));
        } else {
            out.add(new Segment(op, word));
        }
    }

    private static boolean same(String p, String q) {
        return normal(p).equals(normal(q));
    }

    /** Punctuation at a word's edges and case do not count as differences. */
    private static String normal(String w) {
        return w.toLowerCase(Locale.ROOT).replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
    }

    private static String[] words(String s) {
        String t = s == null ? "" : s.strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }
}
