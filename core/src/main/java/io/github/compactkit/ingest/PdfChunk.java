package io.github.compactkit.ingest;

import java.util.List;

/**
 * A run of glyphs on one visual line with no wide gap inside: a line of a column, a table cell's
 * line, or a whole line of single-column text.
 */
record PdfChunk(String text, float x0, float x1, float top, float baseline, float fontSize,
                boolean bold, boolean startsWithSymbolGlyph, float textStart) {

    /** Builds a chunk from glyphs sorted by x; spaces come from explicit space glyphs or gaps. */
    static PdfChunk of(List<PdfGlyph> glyphs) {
        StringBuilder text = new StringBuilder();
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float baseline = 0;
        double sizeWeight = 0;
        int boldCount = 0;
        int count = 0;
        PdfGlyph previous = null;
        boolean pendingSpace = false;
        float textStart = -1;
        int words = 0;
        for (PdfGlyph g : glyphs) {
            if (g.isSpace()) {
                pendingSpace = previous != null;
                continue;
            }
            if (previous != null && (pendingSpace || g.x() - previous.right() > wordGap(previous, g))) {
                text.append(' ');
                words++;
                if (words == 1) {
                    textStart = g.x();
                }
            }
            pendingSpace = false;
            text.append(g.text());
            x0 = Math.min(x0, g.x());
            x1 = Math.max(x1, g.right());
            top = Math.min(top, g.baseline() - Math.max(g.height(), g.fontSize() * 0.7f));
            baseline = Math.max(baseline, g.baseline());
            sizeWeight += g.fontSize();
            boldCount += g.bold() ? 1 : 0;
            count++;
            previous = g;
        }
        PdfGlyph first = glyphs.stream().filter(g -> !g.isSpace()).findFirst().orElseThrow();
        return new PdfChunk(text.toString(), x0, x1, top, baseline, (float) (sizeWeight / count),
                boldCount * 10 >= count * 9, first.symbolFont(), textStart < 0 ? x0 : textStart);
    }

    /** Gap between two glyphs that counts as a word space: a fraction of the font size. */
    static float wordGap(PdfGlyph a, PdfGlyph b) {
        return 0.15f * Math.max(a.fontSize(), b.fontSize());
    }

    float width() {
        return x1 - x0;
    }

    float center() {
        return (x0 + x1) / 2;
    }
}
