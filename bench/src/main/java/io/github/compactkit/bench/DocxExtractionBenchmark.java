package io.github.compactkit.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.sax.BodyContentHandler;
import org.openjdk.jmh.annotations.Benchmark;
import org.xml.sax.SAXException;

/**
 * A seed DOCX parsed into a compact, against Tika's plain-text extraction of the same bytes with the
 * same parser class (OOXML) and a {@link BodyContentHandler}, side by side in one run.
 */
public class DocxExtractionBenchmark extends RenderingBenchmark {
    @Override
    protected String format() {
        return "docx";
    }

    @Benchmark
    public String tika() throws IOException, SAXException, TikaException {
        BodyContentHandler text = new BodyContentHandler(-1);
        new OOXMLParser().parse(new ByteArrayInputStream(bytes), text, new Metadata(), new ParseContext());
        return text.toString();
    }
}
