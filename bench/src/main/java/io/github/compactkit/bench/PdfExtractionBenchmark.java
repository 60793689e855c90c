package io.github.compactkit.bench;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.CompactParser;
import io.github.compactkit.model.Compact;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A seed PDF parsed into a compact, against PDFBox's plain {@link PDFTextStripper} text of the same
 * bytes, side by side in one run: both load the document from memory, so the ratio is the cost of
 * layout analysis, structure and extraction over raw text extraction.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class PdfExtractionBenchmark {
    @Param({"westminster", "bromley", "havering", "west-kent", "local-compacts-user-guide"})
    public String document;

    private final CompactParser parser = CompactParser.builder().build();
    private byte[] bytes;

    @Setup
    public void load() {
        bytes = CorpusFiles.read("pdf", document + ".pdf");
    }

    @Benchmark
    public Compact compactkit() throws CompactParseException {
        return parser.parse(bytes, document + ".pdf");
    }

    @Benchmark
    public String pdfbox() throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
