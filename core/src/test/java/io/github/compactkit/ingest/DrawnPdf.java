package io.github.compactkit.ingest;

import io.github.compactkit.CompactParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** One-page PDFs drawn glyph by glyph for layout tests, read back through the PDF reader. */
final class DrawnPdf {
    static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    interface Drawing {
        void draw(PDPageContentStream out) throws IOException;
    }

    private DrawnPdf() {
    }

    /** Draws A4 pages, one drawing each, and reads them as the parser would. */
    static SourceDocument pdf(Drawing... drawings) throws IOException, CompactParseException {
        try (PDDocument document = new PDDocument()) {
            for (Drawing drawing : drawings) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    drawing.draw(out);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return new PdfReader().read(bytes.toByteArray(), "drawn.pdf", "application/pdf");
        }
    }

    /** One run of text in Helvetica at the given size, its baseline starting at (x, y). */
    static void text(PDPageContentStream out, float size, float x, float y, String text) throws IOException {
        out.beginText();
        out.setFont(FONT, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    /** A thin vertical rule at x from y0 to y1, as a border between a table's cells. */
    static void verticalRule(PDPageContentStream out, float x, float y0, float y1) throws IOException {
        out.setLineWidth(0.5f);
        out.moveTo(x, y0);
        out.lineTo(x, y1);
        out.stroke();
    }

    /** A thin horizontal rule from x0 to x1 at height y, as a table's border. */
    static void rule(PDPageContentStream out, float x0, float x1, float y) throws IOException {
        out.setLineWidth(0.5f);
        out.moveTo(x0, y);
        out.lineTo(x1, y);
        out.stroke();
    }
}
