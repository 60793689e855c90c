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
    /** A sub-item's mark inside a cell ("◦"), as the Word and HTML readers write a nested list. */
    private static final Pattern SUB_ITEM = Pattern.compile("\\s+\u25E6\\s+");
    private static final Pattern GERUND = Pattern.compile("[a-z]+ing\\b");
    private static final Pattern SEMICOLON = Pattern.compile("\\s*;\\s*");

    private TableCells() {
    }

    /** The separate promises of a cell, each without its separator; empty parts are dropped. */
    static List<String> promises(String cell) {
        List<String> out = new ArrayList<>();
        for (String line : LINE_BREAK.split(" " + cell + " ")) {
            // "make commissioning accessible by: ◦ breaking … ◦ holding …": sub-items fold into their item.
            String[] subItems = SUB_ITEM.split(line);
            if (subItems.length > 1) {
                StringBuilder folded = new StringBuilder(ItemText.strip(subItems[0]));
                for (int k = 1; k < subItems.length; k++) {
                    String sub = ItemText.strip(subItems[k]);
                    if (!sub.isEmpty()) {
                        folded.append(folded.toString().endsWith(":") || k == 1 && folded.isEmpty() ? " " : "; ").append(sub);
                    }
                }
                line = folded.toString().strip();
            }
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
        return foldGerunds(out);
    }

    /**
     * "make commissioning accessible by:" then "breaking …", "holding …": where a cell's bullets lost their
     * nesting (Word writes every level with one glyph), items that open with an "-ing" word after an item
     * ending with ":" are its sub-items.
     */
    private static List<String> foldGerunds(List<String> items) {
        List<String> out = new ArrayList<>();
        boolean folding = false; // the last item is a parent whose sub-items are being folded into it
        for (String item : items) {
            int last = out.size() - 1;
            boolean underParent = last >= 0 && (out.get(last).endsWith(":") || folding);
            if (underParent && GERUND.matcher(item).lookingAt()) {
                String parent = out.get(last);
                out.set(last, parent + (parent.endsWith(":") ? " " : "; ") + item);
                folding = true;
            } else {
                out.add(item);
                folding = false;
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
