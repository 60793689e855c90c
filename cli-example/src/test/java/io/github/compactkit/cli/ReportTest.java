package io.github.compactkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.Compacts;
import io.github.compactkit.report.HtmlEscaper;
import io.github.compactkit.report.HtmlReportWriter;
import io.github.compactkit.report.MarkdownReportWriter;
import io.github.compactkit.report.Report;
import io.github.compactkit.report.ReportBuilder;
import io.github.compactkit.report.WordDiff;
import io.github.compactkit.model.Compact;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
    private static final String SCRIPT = "<script>alert(1)</script>";

    @Test
    void escaperEscapesEverythingThatCouldOpenMarkup() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", HtmlEscaper.escape(SCRIPT));
        assertEquals("a &amp; b &quot;c&quot; &#39;d&#39;", HtmlEscaper.escape("a & b \"c\" 'd'"));
        assertEquals("", HtmlEscaper.escape(null));
        assertEquals("plain – text", HtmlEscaper.escape("plain – text"));
    }

    @Test
    void documentTextWithScriptRendersAsTextInEveryPartOfThePage() {
        Compact evil = TestModels.awkward("evil<script>.txt", "Evil <script>alert(2)</script> Area");
        Compact other = TestModels.awkward("other.txt", "Otherton");
        Report report = new ReportBuilder().build("Report <b>title</b>", List.of(evil, other));
        String html = HtmlReportWriter.write(report);
        assertFalse(html.contains(SCRIPT), "document text must never reach the page as markup");
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<b>title"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the text is still shown, escaped");
        assertTrue(html.contains("Evil &lt;script&gt;alert(2)&lt;/script&gt; Area"));
        // The page's own script is the only one.
        assertEquals(1, html.split("<script>", -1).length - 1);
        String md = MarkdownReportWriter.write(report);
        assertFalse(md.contains(SCRIPT), md);
    }

    @Test
    void aLargeCorpusGivesAReadableReport() {
        // Sixteen areas with Bromley's compact: 120 pairs reuse each other's wording, and every shared
        // commitment has one wording used by all sixteen.
        Compact bromley = GoldCompacts.of("bromley");
        List<Compact> areas = new java.util.ArrayList<>();
        for (int k = 0; k < 16; k++) {
            String area = "Area" + (char) ('A' + k);
            areas.add(new Compact(bromley.schemaVersion(), new io.github.compactkit.model.Source(area + ".txt", "text/plain",
                    null, String.valueOf(k)), "The " + area + " Compact", area, null, null, bromley.documentType(),
                    bromley.sections(), bromley.principles(), bromley.undertakings(), bromley.actionPoints(),
                    bromley.glossary(), bromley.partners(), List.of(), List.of()));
        }
        Report report = new ReportBuilder().build("many", areas);
        assertEquals(ReportBuilder.MAX_REUSE_SHOWN, report.reuse().size());
        assertTrue(report.notes().stream().anyMatch(n -> n.contains("100 strongest of 120 links")), report.notes().toString());
        assertFalse(report.shared().isEmpty());
        var top = report.shared().get(0);
        assertEquals(16, top.areas());
        assertEquals(1, top.wordings().size(), "one wording, all sixteen areas on one line");
        assertEquals(16, top.wordings().get(0).areas().size());
        String html = HtmlReportWriter.write(report);
        assertTrue(html.contains("AreaA, AreaB, AreaC, AreaD, AreaE, AreaF, AreaG, AreaH, AreaI, AreaJ, AreaK, AreaL and 4 more"));
        assertTrue(MarkdownReportWriter.write(report).contains("(16 areas)"));
    }

    @Test
    void reportOfTwoRelatedCompactsShowsHeatmapMatchesAndReuse() {
        Compact bromley = GoldCompacts.of("bromley");
        Compact westminster = GoldCompacts.of("westminster");
        Report report = new ReportBuilder().build("compacts", List.of(bromley, westminster));
        assertEquals(List.of("Bromley", "Westminster"), report.areas());
        assertEquals(1, report.pairs().size());
        assertTrue(report.pairs().get(0).matches().size() > 10, "Bromley reuses Westminster's wording");
        assertEquals(1, report.reuse().size());
        assertTrue(report.reuse().get(0).strength() > 0.3, report.reuse().toString());

        String html = HtmlReportWriter.write(report);
        assertTrue(html.contains("id=\"heatmap-themes\""));
        assertTrue(html.contains("id=\"heatmap-benchmarks\""));
        assertTrue(html.contains("id=\"heatmap-similarity\""));
        assertTrue(html.contains("<section id=\"shared\">"));
        assertTrue(report.shared().size() > 5, "Bromley and Westminster share many commitments");
        assertTrue(html.contains(HtmlEscaper.escape(
                "Ensure performance monitoring and assessment is transparent, consistent, proportionate")));
        assertTrue(html.contains("<section id=\"reuse\">"));
        assertTrue(html.contains("class=\"match kind-verbatim\"") || html.contains("class=\"match kind-near\""));
        assertFalse(html.contains("http://") || html.contains("https://"), "self-contained: no network references");
    }

    @Test
    void wordDiffMarksOnlyWhatDiffers() {
        List<WordDiff.Segment> d = WordDiff.diff("Allow a minimum of 12 weeks for consultation.",
                "Allow a minimum of 8 weeks for consultation");
        assertEquals(List.of(
                new WordDiff.Segment(WordDiff.Op.SAME, "Allow a minimum of"),
                new WordDiff.Segment(WordDiff.Op.ONLY_B, "8"),
                new WordDiff.Segment(WordDiff.Op.ONLY_A, "12"),
                new WordDiff.Segment(WordDiff.Op.SAME, "weeks for consultation.")), d);
    }

    @Test
    void compareCommandWritesEachFormat(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("bromley.json");
        Path b = tmp.resolve("westminster.json");
        Files.writeString(a, Compacts.toJson(GoldCompacts.of("bromley")));
        Files.writeString(b, Compacts.toJson(GoldCompacts.of("westminster")));

        CliRun json = CliRun.of("compare", a.toString(), b.toString(), "--format", "json");
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.out().contains("\"matches\""), json.out());
        assertTrue(json.out().contains("\"shareOfAReusedFromB\""), json.out());

        CliRun md = CliRun.of("compare", a.toString(), b.toString());
        assertEquals(0, md.exitCode());
        assertTrue(md.out().startsWith("# Bromley compared with Westminster"), md.out());

        Path html = tmp.resolve("out").resolve("cmp.html");
        CliRun h = CliRun.of("compare", a.toString(), b.toString(), "--out", html.toString());
        assertEquals(0, h.exitCode(), h.err());
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));

        CliRun csv = CliRun.of("compare", a.toString(), b.toString(), "--format", "csv");
        assertTrue(csv.out().startsWith("row,kind,score"), csv.out());

        CliRun broken = CliRun.of("compare", a.toString(), Files.write(tmp.resolve("e.txt"), new byte[0]).toString());
        assertEquals(ExitCode.NOTHING_USABLE, broken.exitCode());
        assertTrue(broken.err().startsWith("error: e.txt: the file is empty"), broken.err());
        assertEquals(ExitCode.USAGE, CliRun.of("compare", a.toString()).exitCode());
        assertEquals(ExitCode.USAGE, CliRun.of("compare", a.toString(), b.toString(), "--format", "pdf").exitCode());
    }

    @Test
    void matrixReadsBatchOutputAndWritesTheThreeReports(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("batch");
        Files.createDirectories(in);
        for (String name : List.of("bromley", "westminster", "havering", "west-kent")) {
            Files.writeString(in.resolve(name + ".txt.json"), Compacts.toJson(GoldCompacts.of(name)));
        }
        Files.writeString(in.resolve("errors.jsonl"), "");
        Path out = tmp.resolve("report");
        CliRun run = CliRun.of("matrix", in.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("report of 4 compacts"), run.out());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Havering") && html.contains("West Kent"));
        assertTrue(Files.readString(out.resolve("report.md")).contains("## Themes by area"));
        assertTrue(Files.readString(out.resolve("report.json")).contains("\"heatmaps\""));
        assertTrue(Files.readString(out.resolve("matrix.json")).contains("\"similarity\""));

        assertEquals(ExitCode.USAGE, CliRun.of("matrix", tmp.resolve("nope").toString()).exitCode());
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(ExitCode.NOTHING_USABLE, CliRun.of("matrix", empty.toString(), "--out", out.toString()).exitCode());
    }
}
