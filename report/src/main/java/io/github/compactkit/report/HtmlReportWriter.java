package io.github.compactkit.report;

import static io.github.compactkit.report.HtmlEscaper.escape;

import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link Report} as one self-contained HTML page: inline CSS and script, no network. Every
 * piece of document text is escaped; the script only filters rows and shows cell details, reading
 * them with {@code textContent}, so no document text is ever parsed as HTML.
 */
public final class HtmlReportWriter {
    private HtmlReportWriter() {
    }

    /** The page. */
    public static String write(Report report) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                // The page may only use what it carries: no fetches, no remote fonts or scripts.
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
                .append("<title>").append(escape(report.title())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        h.append("<header><h1>").append(escape(report.title())).append("</h1>\n<p class=\"areas\">")
                .append(report.areas().size()).append(" compact").append(report.areas().size() == 1 ? "" : "s")
                .append(": ");
        for (int i = 0; i < report.areas().size(); i++) {
            h.append(i == 0 ? "" : ", ").append("<span class=\"area\">").append(escape(report.areas().get(i))).append("</span>");
        }
        h.append("</p>\n<nav>");
        for (Heatmap map : report.heatmaps()) {
            h.append("<a href=\"#").append(escape(map.id())).append("\">").append(escape(map.title())).append("</a>");
        }
        h.append("<a href=\"#reuse\">Reuse of wording</a><a href=\"#matches\">Matched commitments</a>")
                .append(report.shared().isEmpty() ? "" : "<a href=\"#shared\">Shared across areas</a>")
                .append("</nav>\n</header>\n<main>\n");
        for (Heatmap map : report.heatmaps()) {
            heatmap(h, map);
        }
        reuse(h, report.reuse());
        pairs(h, report.pairs());
        shared(h, report.shared());
        if (!report.notes().isEmpty()) {
            h.append("<section id=\"notes\"><h2>Notes</h2><ul>\n");
            report.notes().forEach(n -> h.append("<li>").append(escape(n)).append("</li>\n"));
            h.append("</ul></section>\n");
        }
        h.append("</main>\n<div id=\"cell-detail\" role=\"dialog\" hidden><button type=\"button\" id=\"cell-detail-close\" "
                + "aria-label=\"Close\">×</button><h3></h3><p></p></div>\n");
        h.append("<footer>Made by compactkit. Hover or click a cell for its evidence; type in a filter box to narrow a table.</footer>\n");
        h.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void heatmap(StringBuilder h, Heatmap map) {
        h.append("<section id=\"").append(escape(map.id())).append("\" class=\"heatmap-section\">\n<h2>")
                .append(escape(map.title())).append("</h2>\n<p class=\"caption\">").append(escape(map.caption()))
                .append("</p>\n<div class=\"scroll\"><table class=\"heatmap\" id=\"heatmap-").append(escape(map.id()))
                .append("\">\n<thead><tr><th class=\"corner\">Area</th>");
        for (String c : map.columns()) {
            h.append("<th class=\"col\" scope=\"col\"><span>").append(escape(c)).append("</span></th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < map.rows().size(); r++) {
            h.append("<tr><th scope=\"row\">").append(escape(map.rows().get(r))).append("</th>");
            for (int c = 0; c < map.columns().size(); c++) {
                Heatmap.Cell cell = map.cells().get(r).get(c);
                String cls = "cell" + (cell.status() == null ? "" : " status-" + cell.status());
                h.append("<td class=\"").append(cls).append("\" tabindex=\"0\"");
                if (cell.status() == null) {
                    h.append(" style=\"").append(shade(cell.level())).append('"');
                }
                String where = map.rows().get(r) + " · " + map.columns().get(c);
                h.append(" data-where=\"").append(escape(where)).append("\" data-detail=\"")
                        .append(escape(cell.detail())).append("\" title=\"").append(escape(abbreviate(cell.detail())))
                        .append("\">").append(escape(cell.label())).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div>\n");
        if (map.cells().stream().flatMap(List::stream).anyMatch(c -> c.status() != null)) {
            h.append("<p class=\"legend\">");
            for (String s : Heatmap.STATUSES) {
                h.append("<span class=\"swatch status-").append(s).append("\">").append(s).append("</span>");
            }
            h.append("</p>\n");
        }
        h.append("</section>\n");
    }

    private static void reuse(StringBuilder h, List<ReuseLink> links) {
        h.append("<section id=\"reuse\"><h2>Reuse of wording</h2>\n<p class=\"caption\">Share of each compact's "
                + "undertakings worded as in the other (verbatim, near or merged), strongest first. The likely "
                + "source is the earlier document.</p>\n");
        if (links.isEmpty()) {
            h.append("<p class=\"empty\">No shared wording found between these compacts.</p></section>\n");
            return;
        }
        h.append("<table class=\"reuse\"><thead><tr><th>Compact A</th><th>Compact B</th><th>A worded as in B</th>"
                + "<th>B worded as in A</th><th>Likely source</th></tr></thead><tbody>\n");
        for (ReuseLink l : links) {
            h.append("<tr><td>").append(escape(l.a())).append("</td><td>").append(escape(l.b())).append("</td><td>")
                    .append(bar(l.shareOfAFromB())).append("</td><td>").append(bar(l.shareOfBFromA())).append("</td><td>")
                    .append(l.likelySource() == null ? "<span class=\"muted\">none named</span>" : escape(l.likelySource()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    private static void pairs(StringBuilder h, List<PairReport> pairs) {
        h.append("<section id=\"matches\"><h2>Matched commitments</h2>\n<p class=\"caption\">Commitments of one "
                + "compact matched to the other's, side by side. <del>Struck</del> words are only in A, "
                + "<ins>underlined</ins> words only in B; differences in quantity, strength or party are listed.</p>\n");
        if (pairs.isEmpty()) {
            h.append("<p class=\"empty\">No pairs compared.</p>\n");
        }
        int n = 0;
        for (PairReport p : pairs) {
            n++;
            h.append("<details class=\"pair\"").append(n == 1 ? " open" : "").append("><summary><b>").append(escape(p.a()))
                    .append("</b> and <b>").append(escape(p.b())).append("</b>: ").append(p.matches().size())
                    .append(" matched, ").append(p.onlyInA()).append(" only in ").append(escape(p.a())).append(", ")
                    .append(p.onlyInB()).append(" only in ").append(escape(p.b())).append("</summary>\n");
            h.append("<input type=\"search\" class=\"filter\" placeholder=\"Filter these rows…\" aria-label=\"Filter\">\n");
            h.append("<table class=\"matches\"><thead><tr><th>Match</th><th>").append(escape(p.a())).append("</th><th>")
                    .append(escape(p.b())).append("</th><th>Differences</th></tr></thead><tbody>\n");
            for (MatchedPair m : p.matches()) {
                List<WordDiff.Segment> diff = WordDiff.diff(m.aText(), m.bText());
                h.append("<tr class=\"match kind-").append(cssWord(m.kind())).append("\"><td class=\"kind\">")
                        .append(escape(m.kind())).append(String.format(Locale.ROOT, "<br><small>%.2f</small>", m.score()));
                if (m.party() != null) {
                    h.append("<br><small>").append(escape(m.party())).append("</small>");
                }
                h.append("</td><td class=\"side\">").append(section(m.aSection())).append(side(diff, WordDiff.Op.ONLY_A))
                        .append("</td><td class=\"side\">").append(section(m.bSection())).append(side(diff, WordDiff.Op.ONLY_B))
                        .append("</td><td class=\"diffs\">");
                if (m.differences().isEmpty()) {
                    h.append("<span class=\"muted\">none</span>");
                } else {
                    h.append("<ul>");
                    m.differences().forEach(d -> h.append("<li>").append(escape(d)).append("</li>"));
                    h.append("</ul>");
                }
                h.append("</td></tr>\n");
            }
            h.append("</tbody></table></details>\n");
        }
        h.append("</section>\n");
    }

    private static void shared(StringBuilder h, List<SharedCommitment> shared) {
        if (shared.isEmpty()) {
            return; // a single pair has its matches above; a corpus without any shows nothing here
        }
        h.append("<section id=\"shared\"><h2>Commitments shared across areas</h2>\n<p class=\"caption\">Equivalent "
                + "commitments made by several compacts, most widely shared first: the most common wording, "
                + "then each area's own.</p>\n");
        h.append("<table class=\"shared\"><thead><tr><th>Commitment</th><th>Areas</th></tr></thead><tbody>\n");
        for (SharedCommitment s : shared) {
            h.append("<tr><td><details><summary>").append(escape(s.representative()));
            if (!s.themes().isEmpty()) {
                h.append(" <span class=\"themes\">").append(escape(String.join(", ", s.themes()))).append("</span>");
            }
            h.append("</summary><ul>");
            for (SharedCommitment.Wording w : s.wordings()) {
                h.append("<li><b>").append(escape(ReportText.areaList(w.areas()))).append("</b> ").append(section(w.section()))
                        .append(escape(w.text())).append("</li>");
            }
            if (s.moreWordings() > 0) {
                h.append("<li class=\"muted\">and ").append(s.moreWordings()).append(" other wordings</li>");
            }
            h.append("</ul></details></td><td class=\"count\">").append(s.areas()).append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    /** One side of a diff: shared words plain, this side's own words marked. */
    private static String side(List<WordDiff.Segment> diff, WordDiff.Op own) {
        StringBuilder s = new StringBuilder();
        for (WordDiff.Segment seg : diff) {
            if (seg.op() == WordDiff.Op.SAME) {
                s.append(s.length() == 0 ? "" : " ").append(escape(seg.text()));
            } else if (seg.op() == own) {
                String tag = own == WordDiff.Op.ONLY_A ? "del" : "ins";
                s.append(s.length() == 0 ? "" : " ").append('<').append(tag).append('>').append(escape(seg.text()))
                        .append("</").append(tag).append('>');
            }
        }
        return "<span class=\"text\">" + s + "</span>";
    }

    private static String section(String number) {
        return number == null ? "" : "<span class=\"sec\">" + escape(number) + "</span> ";
    }

    private static String bar(double share) {
        int pct = (int) Math.round(100 * share);
        return "<span class=\"bar\"><span style=\"width:" + pct + "%\"></span></span> " + pct + "%";
    }

    private static String shade(double level) {
        // Light blue to dark blue; text turns white where the shade gets dark.
        String bg = String.format(Locale.ROOT, "background:rgba(33,102,172,%.2f)", 0.06 + 0.94 * level);
        return level > 0.55 ? bg + ";color:#fff" : bg;
    }

    private static String cssWord(String s) {
        return s == null ? "none" : s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 300 ? s : s.substring(0, 297) + "…";
    }

    private static final String CSS = """
            :root{--ink:#1d2430;--muted:#6b7280;--line:#d9dee7;--bg:#f7f8fa;--accent:#2166ac}
            *{box-sizing:border-box}
            body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
            header{background:#fff;border-bottom:1px solid var(--line);padding:18px 28px 10px}
            h1{margin:0 0 4px;font-size:24px}
            h2{margin:0 0 6px;font-size:19px}
            .areas{margin:0 0 8px;color:var(--muted)}
            .area{color:var(--ink);font-weight:600}
            nav a{margin-right:18px;color:var(--accent);text-decoration:none;font-weight:600}
            main{padding:8px 28px 28px;max-width:1500px}
            section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 18px;margin:16px 0}
            .caption{margin:0 0 12px;color:var(--muted)}
            .scroll{overflow-x:auto}
            table{border-collapse:collapse}
            table.heatmap th.corner{text-align:left;vertical-align:bottom}
            table.heatmap th.col{vertical-align:bottom;font-weight:600;font-size:12.5px;width:92px;max-width:110px;padding:4px 4px;text-align:center}
            table.heatmap th[scope=row]{text-align:left;padding:4px 10px 4px 0;min-width:120px;max-width:230px;font-size:14px}
            table.heatmap td.cell{min-width:72px;height:38px;text-align:center;border:2px solid #fff;font-size:13px;font-weight:600;cursor:pointer;border-radius:4px}
            td.cell:focus,td.cell:hover{outline:2px solid var(--ink)}
            .status-present{background:#7fc97f;color:#10361a}
            .status-stronger{background:#1b7837;color:#fff}
            .status-weaker{background:#fdb863;color:#4a2a00}
            .status-absent{background:#eceff3;color:#8a94a3}
            .legend .swatch{display:inline-block;padding:2px 10px;margin-right:8px;border-radius:4px;font-size:13px}
            table.reuse td,table.reuse th{padding:6px 12px;border-bottom:1px solid var(--line);text-align:left}
            .bar{display:inline-block;width:120px;height:10px;background:#eceff3;border-radius:5px;vertical-align:middle;overflow:hidden}
            .bar span{display:block;height:100%;background:var(--accent)}
            details.pair{border-top:1px solid var(--line);padding:8px 0}
            details.pair summary{cursor:pointer;font-size:15px}
            input.filter{margin:10px 0;padding:6px 10px;width:320px;border:1px solid var(--line);border-radius:6px;font:inherit}
            table.matches{width:100%;table-layout:fixed}
            table.matches th{text-align:left;background:var(--bg);padding:6px 8px;border-bottom:2px solid var(--line)}
            table.matches th:first-child{width:96px}
            table.matches th:last-child{width:210px}
            table.matches td{vertical-align:top;padding:8px;border-bottom:1px solid var(--line)}
            td.kind{font-weight:600;text-transform:lowercase}
            td.kind small{font-weight:400;color:var(--muted)}
            .kind-verbatim td.kind{color:#1b7837}.kind-near td.kind{color:#2166ac}.kind-merged td.kind{color:#762a83}.kind-paraphrase td.kind{color:#b35806}
            .sec{display:inline-block;font-size:12px;color:var(--muted);background:var(--bg);border:1px solid var(--line);border-radius:4px;padding:0 5px;margin-right:4px}
            del{background:#fde0e0;color:#8a1c1c;text-decoration:line-through}
            ins{background:#dff3e0;color:#14532d;text-decoration:underline}
            td.diffs ul{margin:0;padding-left:18px}
            .muted,.empty{color:var(--muted)}
            #cell-detail{position:fixed;right:24px;bottom:24px;max-width:460px;background:#fff;border:1px solid var(--ink);border-radius:8px;padding:12px 16px;box-shadow:0 6px 24px rgba(0,0,0,.18)}
            #cell-detail h3{margin:0 0 6px;font-size:15px}
            #cell-detail p{margin:0;white-space:pre-wrap}
            #cell-detail-close{float:right;border:0;background:none;font-size:20px;cursor:pointer}
            table.shared{width:100%}
            table.shared td,table.shared th{padding:6px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
            table.shared td.count{width:70px;text-align:center;font-weight:600}
            table.shared summary{cursor:pointer}
            table.shared ul{margin:6px 0 0;padding-left:18px}
            .themes{font-size:12px;color:var(--muted)}
            footer{padding:0 28px 24px;color:var(--muted);font-size:13px}
            """;

    private static final String SCRIPT = """
            (function () {
              'use strict';
              var box = document.getElementById('cell-detail');
              function show(cell) {
                box.querySelector('h3').textContent = cell.getAttribute('data-where');
                box.querySelector('p').textContent = cell.getAttribute('data-detail') || '(no evidence)';
                box.hidden = false;
              }
              document.querySelectorAll('td.cell').forEach(function (cell) {
                cell.addEventListener('click', function () { show(cell); });
                cell.addEventListener('keydown', function (e) { if (e.key === 'Enter') { show(cell); } });
              });
              document.getElementById('cell-detail-close').addEventListener('click', function () { box.hidden = true; });
              document.querySelectorAll('input.filter').forEach(function (input) {
                var rows = input.nextElementSibling.querySelectorAll('tbody tr');
                input.addEventListener('input', function () {
                  var q = input.value.toLowerCase();
                  rows.forEach(function (row) {
                    row.style.display = row.textContent.toLowerCase().indexOf(q) >= 0 ? '' : 'none';
                  });
                });
              });
              document.body.setAttribute('data-report-ready', 'true');
            })();
            """;
}
