package io.github.compactkit.bench;

import java.util.List;

/**
 * One line of a synthetic compact, before rendering: what it is decides how the text and PDF
 * renderings draw it (a heading in bold, a bullet with a hanging indent, a table row in columns).
 *
 * @param kind  what the line is
 * @param text  its text (for a table row, the cells joined by tabs)
 * @param level nesting of a bullet (1 or 2), else 0
 */
record DocLine(Kind kind, String text, int level) {
    /** The kinds of line a synthetic compact is made of. */
    enum Kind { TITLE, HEADING, PARAGRAPH, LEAD_IN, BULLET, TABLE_ROW, BLANK }

    static DocLine of(Kind kind, String text) {
        return new DocLine(kind, text, 0);
    }

    static DocLine bullet(String text, int level) {
        return new DocLine(Kind.BULLET, text, level);
    }

    static DocLine row(List<String> cells) {
        return new DocLine(Kind.TABLE_ROW, String.join("\t", cells), 0);
    }

    static DocLine blank() {
        return new DocLine(Kind.BLANK, "", 0);
    }

    List<String> cells() {
        return List.of(text.split("\t", -1));
    }
}
