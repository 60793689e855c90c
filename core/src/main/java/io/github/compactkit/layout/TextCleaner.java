package io.github.compactkit.layout;

import java.util.regex.Pattern;

/** Normalises the characters of a line: spaces, Markdown emphasis, superscript footnote marks. */
final class TextCleaner {
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])");
    private static final Pattern SUPERSCRIPT_DIGITS = Pattern.compile("[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+");
    private static final Pattern SPACES = Pattern.compile("[ \u00A0\u2007\u202F]+");

    private TextCleaner() {
    }

    /** The line's text without emphasis markers and footnote marks, spaces collapsed, trimmed. */
    static String clean(String text) {
        // Strip first: indentation is measured on the raw line, and regexes need not walk it.
        String s = EMPHASIS.matcher(text.strip()).replaceAll("");
        s = SUPERSCRIPT_DIGITS.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ");
        return s.strip();
    }

    /** True for a footnote line: it starts with a superscript number ("¹ See page 21"). */
    static boolean isFootnote(String text) {
        String s = text.stripLeading();
        return !s.isEmpty() && SUPERSCRIPT_DIGITS.matcher(s.substring(0, 1)).matches();
    }
}
