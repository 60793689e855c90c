package io.github.compactkit.cli;

import io.github.compactkit.report.HtmlReportWriter;
import io.github.compactkit.report.MarkdownReportWriter;
import io.github.compactkit.report.Report;
import io.github.compactkit.report.ReportBuilder;
import io.github.compactkit.compare.MatrixJson;
import io.github.compactkit.io.CompactJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a report: report.html and report.md for people, report.json (the report's data) and
 * matrix.json (the corpus comparison as the library writes it).
 */
final class ReportFiles {
    static final String HTML = "report.html";
    static final String MARKDOWN = "report.md";
    static final String JSON = "report.json";
    static final String MATRIX = "matrix.json";

    private ReportFiles() {
    }

    /** Writes the files into {@code dir} (created if needed); returns the HTML file. */
    static Path write(ReportBuilder.Built built, Path dir) throws IOException {
        Report report = built.report();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(MATRIX), MatrixJson.write(built.matrix()), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(MARKDOWN), MarkdownReportWriter.write(report), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(JSON), json(report), StandardCharsets.UTF_8);
        Path html = dir.resolve(HTML);
        Files.writeString(html, HtmlReportWriter.write(report), StandardCharsets.UTF_8);
        return html;
    }

    static String json(Report report) throws IOException {
        return CompactJson.mapper().writeValueAsString(report);
    }
}
