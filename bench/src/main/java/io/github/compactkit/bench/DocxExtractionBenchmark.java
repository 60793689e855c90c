package io.github.compactkit.bench;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.CompactParser;
import io.github.compactkit.model.Compact;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.sax.BodyContentHandler;
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
import org.xml.sax.SAXException;

/**
 * A seed DOCX parsed into a compact, against Tika's plain-text extraction of the same bytes with the
 * same parser class (OOXML) and a {@link BodyContentHandler}, side by side in one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class DocxExtractionBenchmark {
    @Param({"westminster", "bromley", "havering", "west-kent", "local-compacts-user-guide"})
    public String document;

    private final CompactParser parser = CompactParser.builder().build();
    private byte[] bytes;

    @Setup
    public void load() {
        bytes = CorpusFiles.read("docx", document + ".docx");
    }

    @Benchmark
    public Compact compactkit() throws CompactParseException {
        return parser.parse(bytes, document + ".docx");
    }

    @Benchmark
    public String tika() throws IOException, SAXException, TikaException {
        BodyContentHandler text = new BodyContentHandler(-1);
        new OOXMLParser().parse(new ByteArrayInputStream(bytes), text, new Metadata(), new ParseContext());
        return text.toString();
    }
}
