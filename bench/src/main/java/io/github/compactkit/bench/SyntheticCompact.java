package io.github.compactkit.bench;

import java.util.List;

/**
 * A generated compact: a file name stem, the invented area it belongs to, and its lines.
 *
 * @param name  e.g. {@code synthetic-0042}
 * @param area  the invented area ("Thornbury Vale")
 * @param lines the document, top to bottom
 */
record SyntheticCompact(String name, String area, List<DocLine> lines) {
    SyntheticCompact {
        lines = List.copyOf(lines);
    }

    /** The plain-text rendering: "- " bullets ("o" when nested), tab-separated table rows, blank line after prose. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (DocLine line : lines) {
            switch (line.kind()) {
                case BULLET -> sb.append("  ".repeat(line.level() - 1)).append(line.level() == 1 ? "- " : "o ")
                        .append(line.text());
                default -> sb.append(line.text());
            }
            sb.append('\n');
            if (line.kind() == DocLine.Kind.TITLE || line.kind() == DocLine.Kind.PARAGRAPH) {
                sb.append('\n'); // prose ends at a blank line in plain text
            }
        }
        return sb.toString();
    }
}
