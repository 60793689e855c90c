package io.github.compactkit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.OcrMode;
import io.github.compactkit.OcrProgress;
import io.github.compactkit.ParseFailure;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * OCR of pages without a text layer. A compact is typeset by PDFBox, rasterised, turned by a degree
 * and put back as images only — a scan made in Java — then read with Tesseract: its words must come
 * back as lines with page, box, bullets and headings like a text layer's. Tests that need Tesseract
 * are skipped, saying so, where it is not installed.
 */
class OcrReaderTest {
    private static final PDType1Font BODY = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private static void assumeTesseract() {
        Tesseract.Probe probe = Tesseract.probe("tesseract", "eng");
        assumeTrue(probe.usable(), "skipped: " + probe.problem());
    }

    private static PdfReader reader(OcrMode mode, OcrProgress progress) {
        return new PdfReader(new OcrSettings(mode, 2, "eng", "tesseract", OcrSettings.DEFAULT_DPI, progress));
    }

    @Test
    void scannedPagesAreReadWithPageBoxBulletsAndHeadings() throws Exception {
        assumeTesseract();
        byte[] scan = scan(compactPdf(), 1.0);
        List<String> progress = Collections.synchronizedList(new ArrayList<>());
        SourceDocument doc = reader(OcrMode.AUTO, (file, done, total) -> progress.add(file + " " + done + "/" + total))
                .read(scan, "scan.pdf", "application/pdf");
        assertEquals(List.of("scan.pdf 1/2", "scan.pdf 2/2"), progress.stream().sorted().toList());
        assertTrue(doc.warnings().stream().anyMatch(w -> w.startsWith("OCR (tesseract")), doc.warnings().toString());
        SourceLine heading = line(doc, "2. our commitments");
        assertEquals(LineHint.HEADING, heading.hint(), heading.toString());
        SourceLine item = line(doc, "consult the sector for twelve weeks");
        assertEquals(LineHint.LIST_ITEM, item.hint(), item.toString());
        assertFalse(item.text().startsWith("•"), "the bullet is a hint, not text: " + item.text());
        // A wrapped item is one line: the turned page was straightened before lines were grouped.
        assertTrue(item.text().toLowerCase(Locale.ROOT).endsWith("or service that they run."), item.text());
        SourceLine second = line(doc, "publish a list of named contacts");
        assertEquals(2, second.page());
        assertNotNull(second.box());
        // Boxes are in points on an A4 page, where the text was typeset (left margin 72 pt).
        assertTrue(second.box().x() > 60 && second.box().x() < 110, second.box().toString());
        assertTrue(doc.pageFurniture().stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).contains("page")),
                "the page footer is furniture: " + doc.pageFurniture());
    }

    @Test
    void alwaysRereadsATextLayerAndAutoLeavesItAlone() throws Exception {
        assumeTesseract();
        byte[] digital = compactPdf();
        SourceDocument auto = reader(OcrMode.AUTO, OcrProgress.NONE).read(digital, "c.pdf", "application/pdf");
        assertTrue(auto.warnings().stream().noneMatch(w -> w.startsWith("OCR (")), auto.warnings().toString());
        SourceDocument always = reader(OcrMode.ALWAYS, OcrProgress.NONE).read(digital, "c.pdf", "application/pdf");
        assertTrue(always.warnings().stream().anyMatch(w -> w.startsWith("OCR (")), always.warnings().toString());
        assertEquals(LineHint.LIST_ITEM, line(always, "pay grants on time").hint());
    }

    @Test
    void neverLeavesAScanWithoutText() throws IOException {
        byte[] scan = scan(compactPdf(), 0.5);
        CompactParseException e = assertThrows(CompactParseException.class,
                () -> reader(OcrMode.NEVER, OcrProgress.NONE).read(scan, "scan.pdf", "application/pdf"));
        assertEquals(ParseFailure.NO_TEXT_LAYER, e.reason());
        assertTrue(e.getMessage().contains("OCR turned off"), e.getMessage());
    }

    @Test
    void withoutTesseractAPartlyScannedPdfIsReadAndWarned() throws Exception {
        byte[] mixed = appendScan(compactPdf(), scan(compactPdf(), 0.5));
        PdfReader missing = new PdfReader(new OcrSettings(OcrMode.AUTO, 1, "eng", "compactkit-no-such-tesseract",
                OcrSettings.DEFAULT_DPI, OcrProgress.NONE));
        SourceDocument doc = missing.read(mixed, "mixed.pdf", "application/pdf");
        assertTrue(doc.warnings().stream().anyMatch(w -> w.startsWith("2 of 4 pages have no text layer and were not read: "
                + "tesseract is not installed")), doc.warnings().toString());
        assertEquals(LineHint.LIST_ITEM, line(doc, "pay grants on time").hint());
    }

    @Test
    void hocrGivesWordsWithTheirLinesBaselineAndHeight() throws IOException {
        String hocr = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
                <html xmlns="http://www.w3.org/1999/xhtml"><body><div class='ocr_page' title='bbox 0 0 2480 3508'>
                 <span class='ocr_line' id='line_1_1' title="bbox 300 582 2221 640; baseline 0.012 -26; x_size 40; x_descenders 8; x_ascenders 8">
                  <span class='ocrx_word' id='word_1_1' title='bbox 300 582 521 614; x_wconf 95'>Council&amp;</span>
                  <span class='ocrx_word' id='word_1_2' title='bbox 2000 600 2221 640; x_wconf 12'>|</span>
                 </span>
                 <span class='ocr_header' id='line_1_2' title="bbox 300 700 900 760; baseline 0 -10; x_size 60; x_descenders 12; x_ascenders 14">
                  <span class='ocrx_word' id='word_1_3' title='bbox 300 700 900 750; x_wconf 90'>Funding</span>
                 </span>
                </div></body></html>
                """;
        List<OcrWord> words = HocrReader.words(hocr);
        assertEquals(3, words.size());
        OcrWord first = words.get(0);
        assertEquals("Council&", first.text());
        assertEquals(614f, first.baseline(), 0.01f);
        assertEquals(40f, first.lineHeight());
        assertEquals(0.012f, first.slope(), 1e-6);
        assertEquals(1, words.get(2).line());
        assertEquals(750f, words.get(2).baseline(), 0.01f);
        assertEquals(List.of("Council&", "Funding"), OcrPageBuilder.clean(words).stream().map(OcrWord::text).toList());
    }

    @Test
    void aSolidDotLeftOfALineIsABullet() {
        int w = 400;
        int h = 100;
        byte[] pixels = new byte[w * h];
        java.util.Arrays.fill(pixels, (byte) 255);
        // A dot 12 px across centred 15 px above the baseline (y = 60), 40 px left of the word at x = 100.
        for (int y = 39; y < 51; y++) {
            for (int x = 54; x < 66; x++) {
                pixels[y * w + x] = 0;
            }
        }
        OcrWord word = new OcrWord("consult", 100, 28, 200, 60, 60, 0, 40, 0, 95);
        List<OcrWord> marked = OcrBullets.mark(List.of(word), new GrayImage(pixels, 0, w, h));
        assertEquals(List.of("•", "consult"), marked.stream().map(OcrWord::text).toList());
        List<OcrWord> plain = OcrBullets.mark(List.of(word), new GrayImage(new byte[w * h], 0, w, h));
        assertEquals(List.of("consult"), plain.stream().map(OcrWord::text).toList(), "a black page has no bullet shape");
    }

    private static SourceLine line(SourceDocument doc, String start) {
        return doc.lines().stream().filter(l -> l.text().toLowerCase(Locale.ROOT).startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting '" + start + "' in " + doc.lines().stream()
                        .map(SourceLine::text).toList()));
    }

    /** Two A4 pages: a title, a numbered heading, a lead-in and bullet items, a footer "Page n of 2". */
    static byte[] compactPdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            String[][] items = {
                {"consult the sector for twelve weeks before any change to a grant, contract", "or service that they run."},
                {"pay grants on time."},
                {"publish a list of named contacts in each public body."},
                {"tell funders early about any risk to a funded service."}};
            for (int p = 0; p < 2; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    float y = 760;
                    if (p == 0) {
                        text(out, BOLD, 22, 72, y, "Testshire Compact");
                        y -= 50;
                        text(out, BOLD, 15, 72, y, "2. Our commitments");
                        y -= 28;
                        text(out, BODY, 11, 72, y, "The Council will:");
                    } else {
                        text(out, BODY, 11, 72, y, "The voluntary and community sector will:");
                    }
                    y -= 22;
                    for (int i = 2 * p; i < 2 * p + 2; i++) {
                        text(out, BODY, 11, 84, y, "\u2022");
                        for (String part : items[i]) {
                            text(out, BODY, 11, 100, y, part);
                            y -= 15;
                        }
                        y -= 6;
                    }
                    text(out, BODY, 9, 270, 40, "Page " + (p + 1) + " of 2");
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static void text(PDPageContentStream out, PDType1Font font, float size, float x, float y, String s) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(s);
        out.endText();
    }

    /** Each page rasterised at 200 dpi in grey, turned by {@code degrees}, and put back as the page's only content. */
    static byte[] scan(byte[] pdf, double degrees) throws IOException {
        try (PDDocument source = Loader.loadPDF(pdf); PDDocument out = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 200, ImageType.GRAY);
                BufferedImage turned = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = turned.createGraphics();
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, turned.getWidth(), turned.getHeight());
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(image, AffineTransform.getRotateInstance(Math.toRadians(degrees), image.getWidth() / 2.0,
                        image.getHeight() / 2.0), null);
                g.dispose();
                PDPage page = new PDPage(PDRectangle.A4);
                out.addPage(page);
                PDImageXObject xobject = LosslessFactory.createFromImage(out, turned);
                try (PDPageContentStream content = new PDPageContentStream(out, page)) {
                    content.drawImage(xobject, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** The pages of {@code first} followed by those of {@code second}. */
    private static byte[] appendScan(byte[] first, byte[] second) throws IOException {
        try (PDDocument a = Loader.loadPDF(first); PDDocument b = Loader.loadPDF(second)) {
            for (PDPage page : b.getPages()) {
                a.importPage(page);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            a.save(bytes);
            return bytes.toByteArray();
        }
    }
}
