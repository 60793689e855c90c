package io.github.compactkit.extract;

import io.github.compactkit.nlp.PartOfSpeech;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The promises in one table cell. Designed leaflets and web tables put several promises in a cell,
 * one per line: exported as text the lines come back joined by "&lt;br&gt;", by bullets, or by "; ".
 * A cell is split at line breaks and bullets ("•", "●", "▪", and "·" as Word writes a bullet) always, and at semicolons only when every part starts
 * with its own verb ("give notice …; publish criteria …"), so that a single promise with a list inside
 * it stays whole.
 */
final class TableCells {
    private static final Pattern LINE_BREAK = Pattern.compile("(?i)\\s*(<br\\s*/?>|\\s[\u2022\u25CF\u25AA\u00B7]\\s)\\s*");
    private static final Pattern SEMICOLON = Pattern.compile("\\s*;\\s*");

    private TableCells() {
    }

    /** The separate promises of a cell, each without its separator; empty parts are dropped. */
    static List<String> promises(String cell) {
        List<String> out = new ArrayList<>();
        for (String line : LINE_BREAK.split(" " + cell + " ")) {
            String part = ItemText.strip(line.replaceFirst("^[\u2022\u25CF\u25AA]\\s*", ""));
            if (part.isEmpty()) {
                continue;
            }
            String[] clauses = SEMICOLON.split(part);
            if (clauses.length > 1 && allStartWithVerb(clauses)) {
                for (String clause : clauses) {
                    if (!ItemText.strip(clause).isEmpty()) {
                        out.add(ItemText.strip(clause));
                    }
                }
            } else {
                out.add(part);
            }
        }
        return out;
    }

    private static boolean allStartWithVerb(String[] clauses) {
        for (String clause : clauses) {
            String c = clause.strip();
            if (!c.isEmpty() && !c.regionMatches(true, 0, "not ", 0, 4) && !PartOfSpeech.startsWithBaseVerb(c)) {
                return false;
            }
        }
        return true;
    }
}
