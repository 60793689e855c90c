package io.github.compactkit.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders a synthetic compact as a simple A4 PDF with PDFBox: a bold title and headings, body text
 * wrapped to the measure, bullets with hanging indents, the action plan as a three-column table,
 * and a running footer with the page number (furniture the parser must drop).
 */
final class PdfRenderer {
    private static final float MARGIN = 60;
    private static final float TOP = PDRectangle.A4.getHeight() - 70;
    private static final float BOTTOM = 70;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BODY = 11;
    private static final float LEADING = 15;
    private static final float[] COLUMN_X = {MARGIN, MARGIN + 260, MARGIN + 370};
    private static final float[] COLUMN_W = {250, 100, WIDTH - 370};

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final boolean[] encodable = new boolean[Character.MAX_VALUE + 1];
    private final boolean[] checked = new boolean[Character.MAX_VALUE + 1];

    /** The PDF's bytes. */
    byte[] render(SyntheticCompact compact) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer w = new Writer(doc, "The " + compact.area() + " Compact");
            for (DocLine line : compact.lines()) {
                switch (line.kind()) {
                    case TITLE -> {
                        w.paragraph(line.text(), bold, 18, 0, 0);
                        w.space(10);
                    }
                    case HEADING -> {
                        w.space(8);
                        w.keepWithNext(3);
                        w.paragraph(line.text(), bold, 12.5f, 0, 0);
                        w.space(3);
                    }
                    case PARAGRAPH -> {
                        w.paragraph(line.text(), regular, BODY, 0, 0);
                        w.space(5);
                    }
                    case LEAD_IN -> w.paragraph(line.text(), regular, BODY, 0, 0);
                    case BULLET -> {
                        float indent = line.level() == 1 ? 14 : 38;
                        w.bullet(line.level() == 1 ? "\u2022" : "\u2013", line.text(), indent);
                    }
                    case TABLE_ROW -> w.row(line.cells());
                    case BLANK -> w.space(6);
                    default -> throw new IllegalStateException(line.kind().toString());
                }
            }
            w.finish();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Replaces characters the standard fonts cannot encode (WinAnsi) with '?'. */
    private String safe(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!checked[c]) {
                checked[c] = true;
                try {
                    regular.encode(String.valueOf(c));
                    encodable[c] = c >= ' ';
                } catch (IOException | IllegalArgumentException e) {
                    encodable[c] = false;
                }
            }
            sb.append(encodable[c] ? c : '?');
        }
        return sb.toString();
    }

    /** Lines of {@code text} no wider than {@code width} points. */
    private List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : safe(text).split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * size > width) {
                out.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    /** The page being filled, and the pages so far. */
    private final class Writer {
        private final PDDocument doc;
        private final String footer;
        private PDPageContentStream cs;
        private float y;
        private int pages;

        Writer(PDDocument doc, String footer) throws IOException {
            this.doc = doc;
            this.footer = footer;
            newPage();
        }

        private void newPage() throws IOException {
            if (cs != null) {
                finishPage();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            pages++;
            y = TOP;
        }

        private void finishPage() throws IOException {
            text(footer, regular, 8.5f, MARGIN, 40);
            String number = "Page " + pages;
            text(number, regular, 8.5f, MARGIN + WIDTH - regular.getStringWidth(number) / 1000 * 8.5f, 40);
            cs.close();
        }

        void finish() throws IOException {
            finishPage();
            cs = null;
        }

        void space(float points) {
            y -= points;
        }

        void keepWithNext(int lines) throws IOException {
            if (y - lines * LEADING < BOTTOM) {
                newPage();
            }
        }

        void paragraph(String text, PDFont font, float size, float indent, float firstIndent) throws IOException {
            float leading = Math.max(LEADING, size * 1.3f);
            for (String l : wrap(text, font, size, WIDTH - indent)) {
                if (y - leading < BOTTOM) {
                    newPage();
                }
                y -= leading;
                text(l, font, size, MARGIN + indent, y);
            }
        }

        void bullet(String marker, String text, float indent) throws IOException {
            List<String> lines = wrap(text, regular, BODY, WIDTH - indent - 12);
            for (int k = 0; k < lines.size(); k++) {
                if (y - LEADING < BOTTOM) {
                    newPage();
                }
                y -= LEADING;
                if (k == 0) {
                    text(marker, regular, BODY, MARGIN + indent, y);
                }
                text(lines.get(k), regular, BODY, MARGIN + indent + 12, y);
            }
        }

        void row(List<String> cells) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < COLUMN_X.length; c++) {
                String cell = c < cells.size() ? cells.get(c) : "";
                List<String> w = wrap(cell, regular, BODY - 1, COLUMN_W[c]);
                wrapped.add(w);
                height = Math.max(height, w.size());
            }
            if (y - height * LEADING < BOTTOM) {
                newPage();
            }
            for (int k = 0; k < height; k++) {
                y -= LEADING - 1;
                for (int c = 0; c < COLUMN_X.length; c++) {
                    if (k < wrapped.get(c).size()) {
                        text(wrapped.get(c).get(k), regular, BODY - 1, COLUMN_X[c], y);
                    }
                }
            }
            y -= 4;
        }

        private void text(String s, PDFont font, float size, float x, float atY) throws IOException {
            if (s.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, atY);
            cs.showText(s);
            cs.endText();
        }
    }
}
