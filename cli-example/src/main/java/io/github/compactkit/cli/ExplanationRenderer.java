package io.github.compactkit.cli;

import io.github.compactkit.Explanation;
import io.github.compactkit.model.Diagnostic;

/** Prints an {@link Explanation} for people: one block per entry, its rule and what it became. */
final class ExplanationRenderer {
    private static final int WIDTH = 110;

    private ExplanationRenderer() {
    }

    static String render(Explanation explanation) {
        StringBuilder sb = new StringBuilder();
        for (Explanation.BlockExplanation b : explanation.blocks()) {
            String lines = b.span() == null ? "" : b.span().startLine() == b.span().endLine() ? "line " + b.span().startLine()
                    : "lines " + b.span().startLine() + "-" + b.span().endLine();
            sb.append(lines).append("  ").append(b.kind()).append("  [").append(b.section() == null ? "-" : b.section())
                    .append("]  rule: ").append(b.rule()).append('\n');
            sb.append("    ").append(abbreviate(b.text())).append('\n');
            for (String outcome : b.outcomes()) {
                sb.append("    -> ").append(outcome).append('\n');
            }
        }
        long unplaced = explanation.compact().diagnostics().stream().filter(d -> d.span() == null).count();
        if (unplaced > 0) {
            sb.append("\nSet aside before layout:\n");
            for (Diagnostic d : explanation.compact().diagnostics()) {
                if (d.span() == null) {
                    sb.append("    ").append(d.code()).append(": ").append(abbreviate(d.message())).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static String abbreviate(String s) {
        String t = s.replace('\n', ' ').strip();
        return t.length() <= WIDTH ? t : t.substring(0, WIDTH - 3) + "...";
    }
}
