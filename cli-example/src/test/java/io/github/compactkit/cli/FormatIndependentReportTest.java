package io.github.compactkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compactkit.corpus.Corpus;
import io.github.compactkit.corpus.CorpusDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same compacts, same report, whatever the format: the bundled compacts with text, PDF and DOCX
 * renderings go through {@code matrix} once per format (and once more as the JSON {@code batch}
 * writes of the PDFs), and every report has the same benchmark and theme cells.
 */
class FormatIndependentReportTest {
    private static final Map<String, String> FORMATS = Map.of("txt", "text/plain", "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    @TempDir
    Path dir;

    @Test
    void benchmarkAndThemeCellsDoNotDependOnTheInputFormat() throws IOException {
        List<CorpusDocument> docs = Corpus.bundled().documents().stream()
                .filter(d -> FORMATS.values().stream().allMatch(f -> d.rendering(f).isPresent())).toList();
        assertTrue(docs.size() >= 10, "compacts rendered in all three formats: " + docs.size());
        Map<String, Map<String, List<List<String>>>> reports = new HashMap<>();
        for (String format : List.of("txt", "pdf", "docx")) {
            Path in = dir.resolve(format);
            for (CorpusDocument d : docs) {
                d.rendering(FORMATS.get(format)).orElseThrow().copyTo(in);
            }
            reports.put(format, matrix(in, dir.resolve("report-" + format)));
        }
        CliRun batch = CliRun.of("batch", dir.resolve("pdf").toString(), "--out", dir.resolve("pdf-json").toString(), "--quiet");
        assertEquals(0, batch.exitCode(), batch.err());
        reports.put("pdf read back from JSON", matrix(dir.resolve("pdf-json"), dir.resolve("report-json")));

        int compared = 0;
        for (String other : List.of("pdf", "docx", "pdf read back from JSON")) {
            for (String heatmap : List.of("benchmarks", "themes")) {
                List<List<String>> a = reports.get("txt").get(heatmap);
                List<List<String>> b = reports.get(other).get(heatmap);
                assertEquals(a.size(), b.size(), other + " " + heatmap);
                for (int row = 0; row < a.size(); row++) {
                    assertEquals(a.get(row), b.get(row), other + " " + heatmap + " row " + row);
                    compared += a.get(row).size() - 1;
                }
            }
        }
        // 10 compacts (the guide and the grants report are left out as not compacts) × (9 + 9) cells × 3
        assertTrue(compared >= 10 * 18 * 3, "cells compared: " + compared);
    }

    /** The heatmaps of the report {@code matrix} writes: per heatmap id, rows of "area", then "label|status" per cell. */
    private static Map<String, List<List<String>>> matrix(Path in, Path out) throws IOException {
        CliRun run = CliRun.of("matrix", in.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(Files.readString(out.resolve("report.json")));
        Map<String, List<List<String>>> heatmaps = new HashMap<>();
        for (JsonNode h : report.path("heatmaps")) {
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r < h.path("cells").size(); r++) {
                List<String> row = new ArrayList<>();
                row.add(h.path("rows").get(r).asText());
                h.path("cells").get(r).forEach(c -> row.add(c.path("label").asText() + "|" + c.path("status").asText()));
                rows.add(row);
            }
            heatmaps.put(h.path("id").asText(), rows);
        }
        return heatmaps;
    }
}
