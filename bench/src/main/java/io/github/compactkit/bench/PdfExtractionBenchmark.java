package io.github.compactkit.bench;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * A seed PDF parsed into a compact, against PDFBox's plain {@link PDFTextStripper} text of the same
 * bytes, side by side in one run: both load the document from memory, so the ratio is the cost of
 * layout analysis, structure and extraction over raw text extraction.
 */
public class PdfExtractionBenchmark extends RenderingBenchmark {
    @Override
    protected String format() {
        return "pdf";
    }

    @Benchmark
    public String pdfbox() throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
