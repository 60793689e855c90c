package io.github.compactkit.layout;

import io.github.compactkit.nlp.TextTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The patterns and text tests that layout reads a line with: markers, numbers, title shape. Pure
 * functions of a string; the features of a line ({@link LineFeatures}) and the set-aside passes of
 * {@link TextLayout} share them.
 */
final class LineText {
    static final Pattern BULLET = Pattern.compile("^([-\u2022\u00B7\u25AA\u25E6\u25CF\u25CB\u25A0\u25A1\u27A2\u25BA\u25B8\u2713\u2714\u2610\u2611\u2612\u2751\u27A4\u25B6\u25C6\u2794\u2013\u2014*\uF0B7\uF0A7\uF0D8\uF076]|o(?=\\s)|\\[[ xX\u2713\u2714]\\](?=\\s))\\s*(.*)$");
    static final Pattern ENUMERATED = Pattern.compile("^(\\(?([ivx]{1,5}|[a-z]|\\d{1,2})\\)|([a-z]|[ivx]{1,5})\\.)\\s+(\\S.*)$");
    static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*$");
    static final Pattern MARKDOWN_TABLE_RULE = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?$");
    static final int MAX_TITLE_WORDS = 12;
    /** A line this long that is followed by text is hard-wrapped running text, not a title. */
    static final int WRAPPED_LINE_CHARS = 55;
    /** A lead-in that stops at its modal or commitment verb: its items each say what is promised. */
    static final Pattern BARE_LEAD_IN = Pattern.compile(
            "(?i)\\b(will|shall|should|must|(agree|undertake|commit|pledge|promise)s? to|(are|is) committed to)(\\s*,[^,]{0,80},?)?"
                    + "\\s*(the following|that|as follows)?\\s*:$");
    static final Pattern SETEXT_UNDERLINE = Pattern.compile("^(-{3,}|={3,}|\\*{3,})$");
    /** A modal already followed by its verb: "… will make consultation accessible by:". */
    static final Pattern STARTED_COMMITMENT = Pattern.compile("(?i)\\b(will|shall)\\s+(?:also\\s+|not\\s+)?[a-z]{3,}\\s+\\S");
    /** A lettered part or section heading: "B. Shared Values", "C1 Consultation", "C2.1 Grants". */
    static final Pattern LETTERED = Pattern.compile("^([A-Z](?:\\d{1,2}(?:\\.\\d{1,2})*)?)(?:\\.|\\s)\\s*([A-Z][^.!?]*)$");
    /** A heading numbered in Roman numerals: "IV. Commitments of the voluntary sector". */
    static final Pattern ROMAN = Pattern.compile("^(I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3})\\.\\s+([A-Z][^.!?]*)$");
    /** A clause cited by a letter and a number, as codes of practice number them: "F3 Public bodies undertake to …". */
    static final Pattern CLAUSE_LABEL = Pattern.compile("^([A-Z]{1,2}\\d{1,3})\\s+([A-Z(\u2018'\"].*)$");
    /** A rule drawn with characters around a boxed panel: "+------+", "______", "────". */
    /** "===== WHAT THE COUNCIL WILL DO =====": a title framed on its own line by runs of one rule character. */
    static final Pattern FRAMED_TITLE = Pattern.compile("^([-=*~_\u2500-\u257F])\\1{2,}\\s+(\\S.{0,100}?\\S)\\s+\\1{3,}$");
    /**
     * "Undertakings by the Sector -----": a title and the underline typed below it, run into one paragraph by a
     * reader that joins lines. The rule is a run of one character ("-", "=", "~", "_").
     */
    static final Pattern UNDERLINED_TITLE = Pattern.compile("^(\\S.{0,100}?[^\\s.!?,;:])\\s+([-=~_])\\2{2,}$");
    static final Pattern BOX_RULE = Pattern.compile("^[+|]?(?:[-=_+\u2500-\u257F]{3,}|\\*{3,})[+|]?$");
    private static final Pattern NAMED_ENTRY = Pattern.compile(
            "^(\\*\\*[A-Z][\\w' -]{1,40}[.:]?\\*\\*|[A-Z][\\w'-]*(\\s+[a-zA-Z][\\w'-]*){0,3}\\s*(:|\\s[\u2013\u2014-])"
                    + "|[A-Z][a-z]+(\\s+(and|of|for|[a-z]+)){0,2}\\.(?=\\s+[A-Z]))\\s");
    private static final Pattern INITIAL = Pattern.compile("^[A-Z]\\.\\s+[A-Z][a-z]+$");
    /** A year or long number followed by another digit: a date or reference line, not a title. */
    private static final Pattern LONG_NUMBER_THEN_DIGIT = Pattern.compile(".*\\d{4,}.*\\d.*");
    private static final Pattern DASHED_PAGE_NUMBER = Pattern.compile("^[-\u2013\u2014]\\s*\\d{1,3}\\s*[-\u2013\u2014]$");
    /** A label in square brackets opening a line: "[Statutory] publish …". */
    private static final Pattern BRACKET_LABEL = Pattern.compile("^\\[[A-Za-z][\\w '&-]{1,40}\\]\\s+\\S");
    static final Pattern MODAL_WORD = Pattern.compile("(?i)\\b(will|shall|must|should|undertakes?|agrees?|commits?)\\b");
    /** Words a title does not end with: a line ending in one runs on. */
    static final Set<String> DANGLING_WORDS = Set.of("the", "a", "an", "and", "or", "of", "to", "for",
            "with", "in", "on", "by", "will", "shall", "its", "their", "our", "that", "which", "who", "from", "at", "as", "is", "are",
            "within", "than", "into", "between", "towards", "without");

    private LineText() {
    }

    static int wordCount(String s) {
        return TextTokens.wordCount(s);
    }

    /** "1 word", "5 words": a count as evidence reads it. */
    static String words(int n) {
        return n + (n == 1 ? " word" : " words");
    }

    /** A short line shaped like a title: capital or digit first, no closing punctuation, no address. */
    static boolean isTitleLine(String text) {
        if (text.isEmpty() || text.length() > 100 || wordCount(text) > 10) {
            return false;
        }
        char first = text.charAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || first == '\u201C' || first == '"' || first == '\'')) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (".,;!".indexOf(last) >= 0) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return !(lower.contains("@") || lower.contains("www.") || lower.contains("http") || LONG_NUMBER_THEN_DIGIT.matcher(text).matches()
                || BULLET.matcher(text).matches());
    }

    static boolean startsLikeTitle(String s) {
        char c = s.charAt(0);
        return Character.isUpperCase(c) || c == '\u2018' || c == '\u201C' || c == '\'' || c == '"' || c == '(';
    }

    /** "J. Smith" or "A. Council" are names, not list items. */
    static boolean looksLikeInitial(String text) {
        return INITIAL.matcher(text).matches();
    }

    static boolean isDashInSentence(String text) {
        return text.startsWith("--") || DASHED_PAGE_NUMBER.matcher(text).matches();
    }

    /** A line opening with a name and a separator: "Respect – …", "Openness: …", "**Fairness.** …", "[VCS] …". */
    static boolean startsNamedEntry(String raw) {
        return NAMED_ENTRY.matcher(raw.strip()).find() || BRACKET_LABEL.matcher(raw.strip()).find();
    }

    /** Two lines whose labels end with the same separator, or are both in brackets: entries of one labelled list. */
    static boolean sameEntryLabel(String first, String next) {
        if (BRACKET_LABEL.matcher(first).find()) {
            return BRACKET_LABEL.matcher(next).find();
        }
        Matcher a = NAMED_ENTRY.matcher(first);
        Matcher b = NAMED_ENTRY.matcher(next);
        return a.find() && b.find() && a.group(3) != null && b.group(3) != null && a.group(3).strip().equals(b.group(3).strip());
    }

    /** A short title line directly above a full sentence: a heading without its blank line. */
    static boolean isGluedTitle(String first, String next) {
        return isTitleLine(first) && wordCount(first) <= 6 && first.length() <= 50 && !first.endsWith(":")
                && !next.isEmpty() && Character.isUpperCase(next.charAt(0)) && (wordCount(next) >= 8 || endsSentence(next))
                && !HeadingNumbers.DOTTED.matcher(first).matches();
    }

    /** How many " – " field separators a line holds ("Action – Lead – Date" has two). */
    static int dashFields(String text) {
        int count = 0;
        for (int at = text.indexOf(" \u2013 "); at >= 0; at = text.indexOf(" \u2013 ", at + 3)) {
            count++;
        }
        for (int at = text.indexOf(" \u2014 "); at >= 0; at = text.indexOf(" \u2014 ", at + 3)) {
            count++;
        }
        return count;
    }

    static int indentOf(String raw) {
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\u00A0') {
                n++;
            } else if (c == '\t') {
                n += 4;
            } else {
                break;
            }
        }
        return n;
    }

    /** The cells of a tab-separated line, trailing empty cells dropped; one cell when only one holds text. */
    static List<String> cells(String raw) {
        List<String> cells = new ArrayList<>();
        for (String cell : raw.strip().split("\t")) {
            cells.add(TextCleaner.clean(cell));
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        if (cells.size() >= 2) {
            List<String> nonEmpty = cells.stream().filter(c -> !c.isEmpty()).toList();
            if (nonEmpty.size() < 2) {
                return nonEmpty;
            }
        }
        return cells;
    }

    /**
     * The cells of a row a reader took from a real table, each in its column: a leading empty cell is an
     * empty cell of the table ("same theme as above"), not indentation, so it is kept; trailing ones are dropped.
     */
    static List<String> readerRowCells(String raw) {
        List<String> cells = new ArrayList<>();
        for (String cell : raw.split("\t", -1)) {
            cells.add(TextCleaner.clean(cell));
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    static boolean endsSentence(CharSequence s) {
        if (s.length() == 0) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return c == '.' || c == '!' || c == '?' && s.length() > 60;
    }

    static String stripTrailingSemicolon(String s) {
        String t = s.strip();
        // "…; and" / "…, or" end an item of a list in legal drafting: separators, not text.
        t = t.replaceFirst("[;,]\\s*(and|or)$", "");
        while (t.endsWith(";") || t.endsWith(",")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
