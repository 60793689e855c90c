package io.github.compactkit.layout;

import java.util.regex.Pattern;

/** Normalises the characters of a line: spaces, Markdown emphasis, superscript footnote marks. */
final class TextCleaner {
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])");
    private static final Pattern SUPERSCRIPT_DIGITS = Pattern.compile("[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+");
    /** A Markdown link: "[weekly bulletin](https://…)" reads as its text. */
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\[]{1,200})\\]\\((?:https?://|mailto:|#|/|www\\.)[^)\\s]{0,500}\\)");
    private static final Pattern SPACES = Pattern.compile("[ \u00A0\u2007\u202F]+");

    private TextCleaner() {
    }

    /** The line's text without emphasis markers, link targets and footnote marks, spaces collapsed, trimmed. */
    static String clean(String text) {
        // Strip first: indentation is measured on the raw line, and regexes need not walk it.
        // Every line passes here: run each replacement only when a cheap scan says it can change something.
        String s = text.strip();
        if (s.indexOf('*') >= 0 || s.contains("__")) {
            s = EMPHASIS.matcher(s).replaceAll("");
        }
        if (s.indexOf("](") >= 0) {
            s = LINK.matcher(s).replaceAll("$1");
        }
        if (hasSuperscriptDigit(s)) {
            s = SUPERSCRIPT_DIGITS.matcher(s).replaceAll("");
        }
        if (hasSpaceToCollapse(s)) {
            s = SPACES.matcher(s).replaceAll(" ");
        }
        return s.strip();
    }

    private static boolean hasSuperscriptDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00B9' || c == '\u00B2' || c == '\u00B3' || c == '\u2070' || c >= '\u2074' && c <= '\u2079') {
                return true;
            }
        }
        return false;
    }

    /** A run of two spaces, or any non-breaking or figure space: what {@link #SPACES} rewrites. */
    private static boolean hasSpaceToCollapse(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** True for a footnote line: it starts with a superscript number ("¹ See page 21"). */
    static boolean isFootnote(String text) {
        String s = text.stripLeading();
        return !s.isEmpty() && SUPERSCRIPT_DIGITS.matcher(s.substring(0, 1)).matches();
    }
}
