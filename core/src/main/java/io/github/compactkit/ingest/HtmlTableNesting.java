package io.github.compactkit.ingest;

/**
 * How deep a web page nests its tables, counted on the raw bytes before an HTML parser sees them.
 * jsoup keeps a marker per open table cell and prunes a tree deeper than its limit by scanning
 * those markers once per element, so 50,000 unclosed nested tables cost it minutes; counting
 * {@code <table} against {@code </table} costs one pass. Tables are never closed implicitly except
 * by an enclosing end tag, so the count does not overstate a real page's nesting.
 */
final class HtmlTableNesting {
    private HtmlTableNesting() {
    }

    /** The deepest table nesting in {@code bytes} (ASCII tags in any ASCII-compatible encoding). */
    static int depth(byte[] bytes) {
        int depth = 0;
        int deepest = 0;
        for (int i = 0; i + 6 < bytes.length; i++) {
            if (bytes[i] != '<') {
                continue;
            }
            boolean close = bytes[i + 1] == '/';
            int name = close ? i + 2 : i + 1;
            if (isTable(bytes, name)) {
                depth = close ? Math.max(0, depth - 1) : depth + 1;
                deepest = Math.max(deepest, depth);
            }
        }
        return deepest;
    }

    private static boolean isTable(byte[] bytes, int at) {
        String table = "table";
        if (at + table.length() >= bytes.length) {
            return false;
        }
        for (int k = 0; k < table.length(); k++) {
            if ((bytes[at + k] | 0x20) != table.charAt(k)) {
                return false;
            }
        }
        byte next = bytes[at + table.length()];
        return next == '>' || next == '/' || next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == '\f';
    }
}
