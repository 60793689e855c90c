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

    static String run() throws Exception {
        String jmh = table("PDF", "PDFBox PDFTextStripper", "pdfbox", Jmh.run(PdfExtractionBenchmark.class))
                + "\n" + table("DOCX", "Tika OOXMLParser + BodyContentHandler", "tika", Jmh.run(DocxExtractionBenchmark.class));
        return "JMH, wall clock (each method's runs follow one another, so load changes between them skew a row):\n\n" + jmh
                + "\nCPU time, the two extractions alternating on one thread (robust to other load):\n\n" + interleaved();
    }

    /** The same comparisons measured as {@link InterleavedCpu} pairs. */
    static String interleaved() throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("| document | PDF: compactkit (ms CPU) | PDFBox (ms CPU) | ratio | DOCX: compactkit (ms CPU) | Tika (ms CPU) | ratio |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        PdfExtractionBenchmark pdf = new PdfExtractionBenchmark();
        DocxExtractionBenchmark docx = new DocxExtractionBenchmark();
        double[] sums = new double[4];
        for (String doc : new String[] {"westminster", "bromley", "havering", "west-kent", "local-compacts-user-guide"}) {
            pdf.document = doc;
            pdf.load();
            docx.document = doc;
            docx.load();
            double[] p = InterleavedCpu.measure(pdf::compactkit, pdf::pdfbox, 3);
            double[] d = InterleavedCpu.measure(docx::compactkit, docx::tika, 3);
            sums[0] += p[0];
            sums[1] += p[1];
            sums[2] += d[0];
            sums[3] += d[1];
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f× | %.1f | %.1f | %.2f× |%n", doc, p[0], p[1], p[0] / p[1],
                    d[0], d[1], d[0] / d[1]));
        }
        md.append(String.format(Locale.ROOT, "| **all** | %.1f | %.1f | **%.2f×** | %.1f | %.1f | **%.2f×** |%n", sums[0], sums[1],
                sums[0] / sums[1], sums[2], sums[3], sums[2] / sums[3]));
        return md.toString();
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
