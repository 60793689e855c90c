package io.github.compactkit.report;

import io.github.compactkit.compare.CompactComparison;
import io.github.compactkit.compare.CompactRef;
import io.github.compactkit.compare.ComparedItem;
import io.github.compactkit.compare.Match;
import io.github.compactkit.compare.MatchKind;
import io.github.compactkit.compare.Reuse;

import io.github.compactkit.model.Party;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A comparison as a Markdown report: summary, reuse, matches with differences, then what only one side has. */
public final class ComparisonMarkdown {
    private ComparisonMarkdown() {
    }

    /** The comparison as a Markdown report. */
    public static String write(CompactComparison c) {
        StringBuilder md = new StringBuilder();
        String a = name(c.a());
        String b = name(c.b());
        md.append("# ").append(a).append(" compared with ").append(b).append("\n\n");
        md.append("| | count |\n|---|---:|\n");
        for (MatchKind kind : MatchKind.values()) {
            md.append("| ").append(kind.name().toLowerCase(Locale.ROOT)).append(" matches | ")
                    .append(c.matchesOf(kind).size()).append(" |\n");
        }
        md.append("| only in ").append(cell(a)).append(" | ").append(c.onlyInA().size()).append(" |\n");
        md.append("| only in ").append(cell(b)).append(" | ").append(c.onlyInB().size()).append(" |\n\n");
        Reuse r = c.reuse();
        md.append(String.format(Locale.ROOT, "**Reuse of wording:** %.0f%% of %s's undertakings are worded as in %s; "
                + "%.0f%% of %s's as in %s.", 100 * r.shareOfAReusedFromB(), a, b, 100 * r.shareOfBReusedFromA(), b, a));
        md.append(r.likelySource() == null ? " No likely source named.\n\n"
                : " Likely source (earlier document): " + r.likelySource() + ".\n\n");

        md.append("## Matches\n\n| kind | score | ").append(cell(a)).append(" | ").append(cell(b))
                .append(" | differences |\n|---|---:|---|---|---|\n");
        for (Match m : c.matches()) {
            md.append("| ").append(m.kind().name().toLowerCase(Locale.ROOT))
                    .append(String.format(Locale.ROOT, " | %.2f | ", m.score()))
                    .append(itemCell(m.a())).append(" | ").append(itemCell(m.b())).append(" | ")
                    .append(cell(ComparisonCsv.differences(m))).append(" |\n");
        }
        md.append('\n');
        groups(md, "Only in " + a, c.onlyInAByPartyAndTheme());
        groups(md, "Only in " + b, c.onlyInBByPartyAndTheme());
        return md.toString();
    }

    private static void groups(StringBuilder md, String heading, Map<Party, Map<String, List<ComparedItem>>> groups) {
        md.append("## ").append(heading).append("\n\n");
        if (groups.isEmpty()) {
            md.append("Nothing.\n\n");
            return;
        }
        groups.forEach((party, byTheme) -> {
            md.append("### ").append(party == null ? "Action points" : party.name()).append("\n\n");
            byTheme.forEach((theme, items) -> {
                md.append("- **").append(theme).append("**\n");
                for (ComparedItem item : items) {
                    md.append("  - ").append(itemCell(item)).append('\n');
                }
            });
            md.append('\n');
        });
    }

    private static String itemCell(ComparedItem item) {
        String where = item.section() == null ? "" : "(" + item.section() + ") ";
        return cell(where + item.text());
    }

    private static String name(CompactRef ref) {
        return ref.area() != null ? ref.area() : ref.label();
    }

    /** Escapes a table cell: pipes and line breaks would break the row. */
    static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
