package io.github.compactkit.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/** Runs the PDF and DOCX side-by-side benchmarks and tabulates compactkit ÷ raw extractor per file. */
final class ExtractorRatios {
    private ExtractorRatios() {
    }

    static String run() throws RunnerException {
        return table("PDF", "PDFBox PDFTextStripper", "pdfbox", Jmh.run(PdfExtractionBenchmark.class))
                + "\n" + table("DOCX", "Tika OOXMLParser + BodyContentHandler", "tika", Jmh.run(DocxExtractionBenchmark.class));
    }

    private static String table(String format, String rawName, String rawMethod, Collection<RunResult> results) {
        Map<String, double[]> byDoc = new LinkedHashMap<>(); // document -> {ours, raw}
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark();
            double[] pair = byDoc.computeIfAbsent(Jmh.param(r, "document"), k -> new double[2]);
            pair[method.endsWith("." + rawMethod) ? 1 : 0] = Jmh.score(r);
        }
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "| %s | compactkit parse (ms) | %s (ms) | ratio |%n", format, rawName));
        md.append("|---|---:|---:|---:|\n");
        double ours = 0;
        double raw = 0;
        for (Map.Entry<String, double[]> e : byDoc.entrySet()) {
            double[] p = e.getValue();
            ours += p[0];
            raw += p[1];
            md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f× |%n", e.getKey(), p[0], p[1], p[0] / p[1]));
        }
        md.append(String.format(Locale.ROOT, "| **all** | %.2f | %.2f | **%.2f×** |%n", ours, raw, ours / raw));
        return md.toString();
    }
}
