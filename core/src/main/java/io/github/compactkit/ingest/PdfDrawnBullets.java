package io.github.compactkit.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Turns drawn bullets into bullet glyphs: a small filled dot or square at the middle height of a
 * text line, just left of the line's first word, becomes a "•" on that line, so that the line is a
 * list item exactly as if the bullet had been typed.
 */
final class PdfDrawnBullets {
    private PdfDrawnBullets() {
    }

    static List<PdfGlyph> glyphs(List<PdfShapes.Shape> shapes, List<PdfGlyph> text, PDRectangle crop) {
        List<PdfGlyph> out = new ArrayList<>();
        for (PdfShapes.Shape s : shapes) {
            // Page space to the glyphs' top-left space.
            float x0 = s.x0() - crop.getLowerLeftX();
            float x1 = s.x1() - crop.getLowerLeftX();
            float top = crop.getUpperRightY() - s.y1();
            float bottom = crop.getUpperRightY() - s.y0();
            float middle = (top + bottom) / 2;
            PdfGlyph host = null;
            for (PdfGlyph g : text) {
                if (g.isSpace()) {
                    continue;
                }
                float size = g.fontSize();
                boolean right = g.x() >= x1 && g.x() - x1 < 3f * size;
                boolean level = middle < g.baseline() && middle > g.baseline() - 0.8f * size;
                boolean small = s.height() < 0.7f * size;
                if (right && level && small && (host == null || g.x() < host.x())) {
                    host = g;
                }
            }
            if (host != null && !textJustLeft(text, host, x0)) {
                out.add(new PdfGlyph("•", x0, host.baseline(), x1 - x0, bottom - top, host.fontSize(), false, true));
            }
        }
        return out;
    }

    /** Text right before the shape on the same line: the dot is inside a sentence (a separator), not a bullet. */
    private static boolean textJustLeft(List<PdfGlyph> text, PdfGlyph host, float x0) {
        for (PdfGlyph g : text) {
            if (!g.isSpace() && Math.abs(g.baseline() - host.baseline()) < 0.3f * host.fontSize()
                    && g.right() <= x0 && x0 - g.right() < 0.8f * host.fontSize()) {
                return true;
            }
        }
        return false;
    }
}
