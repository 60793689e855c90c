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
        if (tail.find() && head.find()) {
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
}
