package io.github.compactkit.cli;

import io.github.compactkit.model.ActionPoint;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.Principle;
import io.github.compactkit.model.Undertaking;

/** A compact as readable plain text for a terminal. */
final class TextRenderer {
    private TextRenderer() {
    }

    static String render(Compact c) {
        StringBuilder sb = new StringBuilder();
        sb.append(c.title() == null ? "(untitled)" : c.title()).append('\n');
        sb.append("area: ").append(c.area() == null ? "(not found)" : c.area()).append("   type: ").append(c.documentType());
        if (c.date() != null) {
            sb.append("   date: ").append(c.date().text());
        }
        if (c.status() != null) {
            sb.append("   status: ").append(c.status());
        }
        sb.append("\n\nPrinciples (").append(c.principles().size()).append(")\n");
        for (Principle p : c.principles()) {
            sb.append(section(p.section()))
                    .append(p.name() == null ? "" : p.name() + ": ").append(p.text()).append('\n');
        }
        sb.append("\nUndertakings (").append(c.undertakings().size()).append(")\n");
        for (Undertaking u : c.undertakings()) {
            sb.append(section(u.section())).append(u.party()).append(": ").append(u.text()).append('\n');
        }
        sb.append("\nAction points (").append(c.actionPoints().size()).append(")\n");
        for (ActionPoint a : c.actionPoints()) {
            sb.append(section(a.section())).append(a.text())
                    .append(a.lead() == null ? "" : "  lead: " + a.lead()).append(a.target() == null ? "" : "  by: " + a.target())
                    .append(a.targetDate() == null ? "" : " (" + a.targetDate() + ")").append('\n');
        }
        for (String w : c.warnings()) {
            sb.append("warning: ").append(w).append('\n');
        }
        return sb.toString();
    }

    /** "  [2.3] ", or an indent alone for an item outside numbered sections (never "[null]"). */
    private static String section(String number) {
        return number == null ? "  " : "  [" + number + "] ";
    }
}
