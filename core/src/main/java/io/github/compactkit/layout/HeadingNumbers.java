package io.github.compactkit.layout;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises heading numbers: "2.3.4", "3.", "Part 3", "Section Two", "Appendix A", "Annex One". */
final class HeadingNumbers {
    /** Keyword headings: the keyword, its identifier, then optionally a separator and the title. */
    static final Pattern KEYWORD = Pattern.compile(
            "(?i)^(part|section|appendix|annex|annexe|schedule|chapter)\\s+"
                    + "([0-9]{1,2}|[A-Z]|[IVX]{1,5}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                    + "\\b\\s*(?:[:.\\-\u2013\u2014)]\\s*)?(.*)$");
    /** A dotted number and the rest of the line: "2.3.4 Title", "3. Title", "4.1) Title". */
    static final Pattern DOTTED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,4})(\\.|\\))?\\s+(\\S.*)$");
    /** A number alone on its line ("5.1", "3."). */
    static final Pattern ALONE = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,4})\\.?$");

    private static final Map<String, Integer> WORD_NUMBERS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

    private HeadingNumbers() {
    }

    /** Depth of a dotted number: "2" → 1, "2.3.4" → 3. */
    static int depth(String dotted) {
        // "6.0 Principles" over "6.1", "6.2": a ".0" heads its section, at the depth of "6".
        while (dotted.endsWith(".0")) {
            dotted = dotted.substring(0, dotted.length() - 2);
        }
        int depth = 1;
        for (int i = 0; i < dotted.length(); i++) {
            if (dotted.charAt(i) == '.') {
                depth++;
            }
        }
        return depth;
    }

    /** Normalises a keyword heading number: "PART 3" → "Part 3", "appendix one" → "Appendix One". */
    static String keywordNumber(Matcher m) {
        String keyword = capitalise(m.group(1));
        String id = m.group(2);
        String normalisedId = WORD_NUMBERS.containsKey(id.toLowerCase(Locale.ROOT)) ? capitalise(id) : id.toUpperCase(Locale.ROOT);
        if (id.chars().allMatch(Character::isDigit)) {
            normalisedId = id;
        }
        return keyword + " " + normalisedId;
    }

    static boolean isAppendix(String number) {
        String n = number == null ? "" : number.toLowerCase(Locale.ROOT);
        return n.startsWith("appendix") || n.startsWith("annex") || n.startsWith("schedule");
    }

    private static String capitalise(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
