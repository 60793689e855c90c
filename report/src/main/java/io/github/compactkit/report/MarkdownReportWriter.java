package io.github.compactkit.report;

import java.util.Locale;

/** A {@link Report} as Markdown: the heatmaps as tables, reuse, then matched commitments per pair. */
public final class MarkdownReportWriter {
    private MarkdownReportWriter() {
    }

    public static String write(Report r) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(r.title())).append("\n\n");
        md.append(r.areas().size()).append(r.areas().size() == 1 ? " compact: " : " compacts: ").append(inline(String.join(", ", r.areas()))).append("\n\n");
        for (Heatmap map : r.heatmaps()) {
            // The page's "click a cell" has no meaning in Markdown.
            String caption = map.caption().replaceAll("\\s*Click a cell[^.]*\\.", "");
            md.append("## ").append(inline(map.title())).append("\n\n").append(inline(caption)).append("\n\n| area |");
            map.columns().forEach(c -> md.append(' ').append(cell(c)).append(" |"));
            md.append("\n|---|");
            map.columns().forEach(c -> md.append("---|"));
            md.append('\n');
            for (int i = 0; i < map.rows().size(); i++) {
                md.append("| ").append(cell(map.rows().get(i))).append(" |");
                for (Heatmap.Cell c : map.cells().get(i)) {
                    // Colours carry the status on the page; here it is said when the label does not.
                    boolean sayStatus = c.status() != null && !c.label().equals(c.status())
                            && (c.status().equals("weaker") || c.status().equals("stronger"));
                    md.append(' ').append(cell(c.label() + (sayStatus ? " (" + c.status() + ")" : ""))).append(" |");
                }
                md.append('\n');
            }
            md.append('\n');
        }
        md.append("## Reuse of wording\n\n");
        if (r.reuse().isEmpty()) {
            md.append("No shared wording found.\n\n");
        } else {
            md.append("| A | B | A worded as in B | B worded as in A | likely source |\n|---|---|---:|---:|---|\n");
            for (ReuseLink l : r.reuse()) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %.0f%% | %.0f%% | %s |%n", cell(l.a()), cell(l.b()),
                        100 * l.shareOfAFromB(), 100 * l.shareOfBFromA(), l.likelySource() == null ? "" : cell(l.likelySource())));
            }
            md.append('\n');
        }
        md.append("## Matched commitments\n\n");
        for (PairReport p : r.pairs()) {
            md.append("### ").append(inline(p.a())).append(" and ").append(inline(p.b())).append("\n\n")
                    .append(p.matches().size()).append(" matched, ").append(p.onlyInA()).append(" only in ")
                    .append(inline(p.a())).append(", ").append(p.onlyInB()).append(" only in ").append(inline(p.b()))
                    .append(".\n\n");
            if (p.matches().isEmpty()) {
                continue;
            }
            md.append("| match | ").append(cell(p.a())).append(" | ").append(cell(p.b())).append(" | differences |\n")
                    .append("|---|---|---|---|\n");
            for (MatchedPair m : p.matches()) {
                md.append(String.format(Locale.ROOT, "| %s %.2f | %s | %s | %s |%n", m.kind(), m.score(),
                        cell(where(m.aSection()) + m.aText()), cell(where(m.bSection()) + m.bText()),
                        cell(String.join("; ", m.differences()))));
            }
            md.append('\n');
        }
        if (!r.shared().isEmpty()) {
            md.append("## Commitments shared across areas\n\n");
            for (SharedCommitment s : r.shared()) {
                md.append("- ").append(inline(s.representative())).append(" (").append(s.areas()).append(" areas)\n");
                for (SharedCommitment.Wording w : s.wordings()) {
                    md.append("  - **").append(inline(ReportText.areaList(w.areas()))).append("** ")
                            .append(inline(where(w.section()) + w.text())).append('\n');
                }
                if (s.moreWordings() > 0) {
                    md.append("  - and ").append(s.moreWordings()).append(" other wordings\n");
                }
            }
            md.append('\n');
        }
        if (!r.notes().isEmpty()) {
            md.append("## Notes\n\n");
            r.notes().forEach(n -> md.append("- ").append(inline(n)).append('\n'));
        }
        return md.toString();
    }

    private static String where(String section) {
        return section == null ? "" : "(" + section + ") ";
    }

    /** A table cell: pipes escaped, line breaks flattened, HTML-ish text defused. */
    static String cell(String s) {
        return inline(s).replace("|", "\\|");
    }

    /** Text on one line, with '<' escaped so Markdown renderers never see raw HTML from a document. */
    static String inline(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\r", " ").replace("\n", " ").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
