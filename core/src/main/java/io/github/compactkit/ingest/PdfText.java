package io.github.compactkit.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the visual lines of a paragraph, undoing end-of-line hyphenation. Without a dictionary the
 * document is its own: a break is undone when the whole word occurs elsewhere ("imple-" +
 * "mentation"), when the second part is a suffix ("govern-" + "ment") or when neither part is a
 * word of the document ("cri-" + "teria"); a real hyphen is kept when the hyphenated form occurs
 * elsewhere, after prefixes that take one ("co-", "non-", "multi-") and between two words
 * ("decision-" + "making").
 */
final class PdfText {
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
    private static final Pattern TAIL = Pattern.compile("(\\p{L}+)[-\u00AD]$");
    private static final Pattern HEAD = Pattern.compile("^(\\p{Ll}+)");
    private static final Set<String> SUFFIXES = Set.of("ment", "ments", "ing", "ings", "ed", "er", "ers", "es", "tion",
            "tions", "sion", "sions", "ance", "ence", "ances", "ences", "ity", "ities", "ive", "ives", "ous", "able",
            "ible", "al", "ial", "ally", "ly", "ness", "ship", "ships", "ful", "less", "ism", "ist", "ists", "ure",
            "ures", "age", "ary", "ory", "ery", "ise", "ised", "ises", "ize", "ized", "izes", "ation", "ations",
            "ated", "ate", "ates", "ating", "ant", "ants", "ent", "ents", "ic", "ical", "ically", "ty", "ties", "est",
            "or", "ors", "ia", "ium", "ion", "ions", "ture", "tures", "ward", "wards");
    private static final Set<String> HYPHEN_PREFIXES = Set.of("co", "non", "multi", "cross", "self", "inter",
            "pre", "post", "anti", "semi", "ex", "sub", "well", "long", "short", "full", "part", "one", "two",
            "three", "four", "five", "six", "ten", "twelve", "high", "low", "small", "large", "under", "over",
            "front", "third", "second", "first", "mid", "cost", "user", "face", "year", "day");

    private final Set<String> words = new HashSet<>();
    private final Set<String> hyphenated = new HashSet<>();
    private boolean afterBreak;

    /**
     * Records the words of a line, in reading order, so hyphenated breaks can be checked against
     * them. The halves of a word broken at a line end are not words and are left out.
     */
    void learn(String text) {
        String line = text.strip();
        boolean breaks = TAIL.matcher(line).find();
        Matcher m = WORD.matcher(line);
        boolean first = true;
        while (m.find()) {
            boolean fragment = first && afterBreak || breaks && m.end() == line.length() - 1;
            first = false;
            if (fragment) {
                continue;
            }
            String word = m.group().toLowerCase(Locale.ROOT);
            if (word.indexOf('-') >= 0) {
                hyphenated.add(word);
                for (String part : word.split("-")) {
                    words.add(part);
                }
            } else {
                words.add(word);
            }
        }
        afterBreak = breaks;
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
            // "out-of-" before "pocket": a compound already hyphenated goes on; its hyphen at the break is its own.
            boolean compound = tail.start(1) > 0 && a.charAt(tail.start(1) - 1) == '-';
            return !compound && isLineBreakHyphen(a.endsWith("\u00AD"), tail.group(1).toLowerCase(Locale.ROOT), head.group(1))
                    ? a.substring(0, a.length() - 1) + b
                    : a + b;
        }
        if (a.endsWith("/")) {
            return a + b;
        }
        return a + " " + b;
    }

    private boolean isLineBreakHyphen(boolean soft, String left, String right) {
        if (soft || words.contains(left + right)) {
            return true;
        }
        if (hyphenated.contains(left + "-" + right)) {
            return false;
        }
        if (SUFFIXES.contains(right)) {
            return true;
        }
        boolean leftWord = words.contains(left) && left.length() >= 2;
        boolean rightWord = words.contains(right) && right.length() >= 3;
        if (HYPHEN_PREFIXES.contains(left) && rightWord) {
            return false;
        }
        return !(leftWord && rightWord);
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
