package io.github.compactkit.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The bulleted paragraphs of an RTF body and their nesting levels, in order. Tika writes RTF list
 * paragraphs with no level, and the first of each list as a plain paragraph, so they are read here
 * from the RTF itself: a paragraph whose properties name a list ({@code \ls}) and whose list text
 * ({@code \listtext}) is a bullet glyph, at level {@code \ilvl}. Outline (heading) paragraphs and
 * numbered items are left alone: numbered items keep their numbers as text, as in DOCX.
 *
 * <p>A deliberately small reader: groups, escapes and the paragraph properties it needs; the
 * destinations that hold no body text (font and style tables, list tables, info, pictures, headers
 * and footers, {@code \*} groups) are skipped whole.
 */
final class RtfListLevels {
    private static final Set<String> SKIPPED = Set.of("fonttbl", "colortbl", "stylesheet", "info", "listtable",
            "listoverridetable", "pict", "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf",
            "revtbl", "rsidtbl", "generator", "xmlnstbl", "themedata", "colorschememapping", "latentstyles", "datastore");
    private static final int SIGNATURE_LENGTH = 40;

    /** A bulleted paragraph: the start of its text as letters and digits (see {@link #signature}), and its level. */
    record Item(String signature, int level) {
    }

    private RtfListLevels() {
    }

    /** The letters and digits of a text's start, lower-cased: what a Tika line and an RTF paragraph share. */
    static String signature(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < SIGNATURE_LENGTH; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The bulleted paragraphs of an RTF document, in order (empty when there are none, or it cannot be read). */
    static List<Item> of(byte[] bytes) {
        try {
            return read(bytes);
        } catch (RuntimeException e) {
            return List.of(); // Tika's own structure stands
        }
    }

    private static List<Item> read(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        List<Item> items = new ArrayList<>();
        Deque<Frame> frames = new ArrayDeque<>();
        Frame frame = new Frame();
        StringBuilder text = new StringBuilder();
        StringBuilder listText = new StringBuilder();
        boolean hasListText = false;
        int skipChars = 0; // fallback characters after a \\uN
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{') {
                String word = controlWordAt(s, i + 1);
                if (s.startsWith("\\*", i + 1) || SKIPPED.contains(word)) {
                    i = groupEnd(s, i);
                    continue;
                }
                frames.push(frame);
                frame = frame.copy();
                if (word.equals("listtext") || word.equals("pntext")) {
                    frame.inListText = true;
                    hasListText = true;
                    listText.setLength(0);
                }
                i++;
            } else if (c == '}') {
                frame = frames.isEmpty() ? frame : frames.pop();
                i++;
            } else if (c == '\\') {
                if (i + 1 >= s.length()) {
                    break;
                }
                char next = s.charAt(i + 1);
                if (next == '\'' && i + 3 < s.length()) {
                    int high = Character.digit(s.charAt(i + 2), 16);
                    int low = Character.digit(s.charAt(i + 3), 16);
                    if (skipChars > 0) {
                        skipChars--;
                    } else if (high >= 0 && low >= 0) {
                        (frame.inListText ? listText : text).append((char) (high * 16 + low));
                    }
                    i += 4;
                } else if (Character.isLetter(next)) {
                    int end = i + 1;
                    while (end < s.length() && Character.isLetter(s.charAt(end))) {
                        end++;
                    }
                    String word = s.substring(i + 1, end);
                    int numberEnd = end;
                    if (numberEnd < s.length() && s.charAt(numberEnd) == '-') {
                        numberEnd++;
                    }
                    while (numberEnd < s.length() && Character.isDigit(s.charAt(numberEnd))) {
                        numberEnd++;
                    }
                    String digits = s.substring(end, numberEnd);
                    int number = digits.isEmpty() || digits.equals("-") ? 0 : parse(digits);
                    i = numberEnd < s.length() && s.charAt(numberEnd) == ' ' ? numberEnd + 1 : numberEnd;
                    switch (word) {
                        case "par" -> {
                            if (frame.list >= 0 && !frame.outline && hasListText && isBullet(listText) && !text.toString().isBlank()) {
                                items.add(new Item(signature(text.toString()), Math.max(0, frame.level)));
                            }
                            text.setLength(0);
                            hasListText = false;
                        }
                        case "pard" -> {
                            frame.list = -1;
                            frame.level = 0;
                            frame.outline = false;
                        }
                        case "ls" -> frame.list = number;
                        case "ilvl" -> frame.level = number;
                        case "outlinelevel" -> frame.outline = true;
                        case "u" -> {
                            (frame.inListText ? listText : text).append((char) (number < 0 ? number + 65536 : number));
                            skipChars = frame.unicodeSkip;
                        }
                        case "uc" -> frame.unicodeSkip = number;
                        case "tab", "line" -> (frame.inListText ? listText : text).append(' ');
                        default -> {
                            // Formatting and other control words carry no text.
                        }
                    }
                } else {
                    // Control symbols: escaped braces and backslash are text; the rest (\~, \-, \_) are not letters.
                    if (next == '\\' || next == '{' || next == '}') {
                        (frame.inListText ? listText : text).append(next);
                    }
                    i += 2;
                }
            } else {
                if (c != '\r' && c != '\n') {
                    if (skipChars > 0) {
                        skipChars--;
                    } else {
                        (frame.inListText ? listText : text).append(c);
                    }
                }
                i++;
            }
        }
        return items;
    }

    /** A bullet glyph list text: something there, but no letter or digit (numbered items have them). */
    private static boolean isBullet(CharSequence listText) {
        boolean glyph = false;
        for (int k = 0; k < listText.length(); k++) {
            char c = listText.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
            glyph |= !Character.isWhitespace(c);
        }
        return glyph;
    }

    private static int parse(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The control word right after a group's brace ("fonttbl" in "{\fonttbl"), or "". */
    private static String controlWordAt(String s, int i) {
        if (i >= s.length() || s.charAt(i) != '\\') {
            return "";
        }
        int end = i + 1;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(i + 1, end);
    }

    /** The index after the group opening at {@code open}, escapes respected. */
    private static int groupEnd(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++; // the escaped character, or the control word's first letter
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return s.length();
    }

    /** The properties a group may change and its end restores. */
    private static final class Frame {
        int list = -1;
        int level;
        boolean outline;
        boolean inListText;
        int unicodeSkip = 1;

        Frame copy() {
            Frame f = new Frame();
            f.list = list;
            f.level = level;
            f.outline = outline;
            f.inListText = inListText;
            f.unicodeSkip = unicodeSkip;
            return f;
        }
    }
}
