package io.github.compactkit.corpus.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text similarity of {@code score.py}: lower-cased word tokens ({@code [a-z0-9]+}, curly
 * apostrophes made straight) compared with difflib's ratio; two texts match at
 * {@value #THRESHOLD} or more.
 */
public final class TextSimilarity {
    /** Two texts with at least this similarity are the same item. */
    public static final double THRESHOLD = 0.85;

    private TextSimilarity() {
    }

    /** The tokens of a text: runs of ASCII letters and digits after lower-casing; none for null. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        // Python's str.lower() and Java's toLowerCase(ROOT) agree on everything the regex keeps.
        String s = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (isTokenChar(s.charAt(i))) {
                int start = i;
                while (i < n && isTokenChar(s.charAt(i))) {
                    i++;
                }
                out.add(s.substring(start, i));
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** The similarity of two texts in [0, 1]; 0 when either has no tokens. */
    public static double similarity(String a, String b) {
        return similarity(tokens(a), tokens(b));
    }

    /** The similarity of two token lists in [0, 1]; 0 when either is empty. */
    public static double similarity(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        return new SequenceMatcher(a, b).ratio();
    }

    /** The tokens joined by single spaces: how leads are compared. */
    public static String normalized(String text) {
        return String.join(" ", tokens(text));
    }
}
