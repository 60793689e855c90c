package io.github.compactkit.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads Tesseract's hOCR: every {@code ocrx_word} with its box and confidence, and from its line
 * ({@code ocr_line}, {@code ocr_header}, {@code ocr_caption}, {@code ocr_textfloat}) the baseline and
 * text height. hOCR is XHTML; the DTD it names is never fetched.
 */
final class HocrReader {
    private static final Pattern BBOX = Pattern.compile("bbox (-?\\d+) (-?\\d+) (-?\\d+) (-?\\d+)");
    private static final Pattern BASELINE = Pattern.compile("baseline (-?[\\d.]+) (-?[\\d.]+)");
    private static final Pattern X_SIZE = Pattern.compile("x_size ([\\d.]+)");
    private static final Pattern CONF = Pattern.compile("x_wconf (\\d+)");
    private static final SAXParserFactory FACTORY = factory();

    private HocrReader() {
    }

    static List<OcrWord> words(String hocr) throws IOException {
        Handler handler = new Handler();
        try {
            SAXParser parser = FACTORY.newSAXParser();
            parser.parse(new InputSource(new StringReader(hocr)), handler);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException("unreadable hOCR from tesseract: " + e.getMessage(), e);
        }
        return handler.words;
    }

    private static SAXParserFactory factory() {
        SAXParserFactory f = SAXParserFactory.newInstance();
        try {
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a standard feature", e);
        }
        return f;
    }

    private static final class Handler extends DefaultHandler {
        final List<OcrWord> words = new ArrayList<>();
        private int line = -1;
        private float[] lineBox;
        private float slope;
        private float offset;
        private float lineHeight;
        private float[] wordBox;
        private float confidence;
        private StringBuilder text;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            String cls = atts.getValue("class");
            String title = atts.getValue("title");
            if (cls == null || title == null) {
                return;
            }
            switch (cls) {
                case "ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat" -> startLine(title);
                case "ocrx_word" -> {
                    wordBox = box(title);
                    Matcher c = CONF.matcher(title);
                    confidence = c.find() ? Float.parseFloat(c.group(1)) : 0;
                    text = new StringBuilder();
                }
                default -> { }
            }
        }

        private void startLine(String title) {
            line++;
            lineBox = box(title);
            Matcher b = BASELINE.matcher(title);
            boolean found = b.find();
            slope = found ? Float.parseFloat(b.group(1)) : 0;
            offset = found ? Float.parseFloat(b.group(2)) : 0;
            Matcher x = X_SIZE.matcher(title);
            lineHeight = x.find() ? Float.parseFloat(x.group(1)) : (lineBox == null ? 0 : lineBox[3] - lineBox[1]);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text != null) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (text == null || !"span".equals(qName) && !"span".equals(localName)) {
                return;
            }
            String word = text.toString().strip();
            if (!word.isEmpty() && wordBox != null && lineBox != null) {
                // hOCR's baseline: y = slope * (x - line left) + (line bottom + offset).
                float baseline = slope * (wordBox[0] - lineBox[0]) + lineBox[3] + offset;
                words.add(new OcrWord(word, wordBox[0], wordBox[1], wordBox[2], wordBox[3], baseline, slope,
                        lineHeight, line, confidence));
            }
            text = null;
            wordBox = null;
        }

        private static float[] box(String title) {
            Matcher m = BBOX.matcher(title);
            if (!m.find()) {
                return null;
            }
            return new float[] {Float.parseFloat(m.group(1)), Float.parseFloat(m.group(2)),
                    Float.parseFloat(m.group(3)), Float.parseFloat(m.group(4))};
        }
    }
}
