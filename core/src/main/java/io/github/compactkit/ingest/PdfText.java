package io.github.compactkit.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the visual lines of a paragraph, undoing end-of-line hyphenation when the document itself
 * shows the word unhyphenated ("imple-" + "mentation" where "implementation" occurs elsewhere) and
 * keeping real hyphens ("decision-" + "making") otherwise.
 */
final class PdfText {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern TAIL = Pattern.compile("(\\p{L}+)[-\u00AD]$");
    private static final Pattern HEAD = Pattern.compile("^(\\p{Ll}+)");

    private final Set<String> vocabulary = new HashSet<>();

    /** Records the words of a line so hyphenated breaks can be checked against them. */
    void learn(String text) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            vocabulary.add(m.group().toLowerCase(Locale.ROOT));
        }
    }

    /** The two lines as one: a hyphen at the break is dropped or kept, otherwise a space. */
    String join(String before, String after) {
        String a = before.stripTrailing();
        String b = after.stripLeading();
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        Matcher tail = TAIL.matcher(a);
        Matcher head = HEAD.matcher(b);
        // The cheap test first: TAIL would otherwise scan the whole paragraph joined so far, per line.
        if (mayEndWithHyphen(a) && tail.find() && head.find()) {
            boolean soft = a.endsWith("\u00AD");
            String whole = (tail.group(1) + head.group(1)).toLowerCase(Locale.ROOT);
            if (soft || vocabulary.contains(whole)) {
                return a.substring(0, a.length() - 1) + b;
            }
            return a + b;
        }
        if (a.endsWith("/")) {
            return a + b;
        }
        return a + " " + b;
    }

    /** A necessary condition of {@link #TAIL}: a hyphen at the end, or before one final line terminator ("$"). */
    private static boolean mayEndWithHyphen(String s) {
        int end = s.length();
        if (s.endsWith("\r\n")) {
            end -= 2;
        } else if (end > 0 && "\n\r\u0085\u2028\u2029".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && (s.charAt(end - 1) == '-' || s.charAt(end - 1) == '\u00AD');
    }
}
