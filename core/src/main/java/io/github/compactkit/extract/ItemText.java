package io.github.compactkit.extract;

import java.util.List;

/** Joins an item with its nested sub-items the way the JSON contract describes. */
final class ItemText {
    private ItemText() {
    }

    /**
     * "Encourage fair access by:" + ["Clarity", "Criteria"] → "Encourage fair access by: Clarity; Criteria".
     * Each sub-item follows "; ", or a single space after a trailing colon.
     */
    static String join(String head, List<String> subItems) {
        StringBuilder sb = new StringBuilder(strip(head));
        for (String sub : subItems) {
            String s = strip(sub);
            if (s.isEmpty()) {
                continue;
            }
            if (sb.length() == 0) {
                sb.append(s);
            } else if (sb.charAt(sb.length() - 1) == ':') {
                sb.append(' ').append(s);
            } else {
                sb.append("; ").append(s);
            }
        }
        return sb.toString();
    }

    /** Removes a trailing ";" or "," and surrounding space: they separate items, they are not text. */
    static String strip(String text) {
        String t = text.strip().replaceFirst("[;,]\\s*(and|or)$", "");
        while (!t.isEmpty() && (t.endsWith(";") || t.endsWith(","))) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
