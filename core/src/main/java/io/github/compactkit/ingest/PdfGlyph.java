package io.github.compactkit.ingest;

/**
 * One glyph of a PDF page in top-left page coordinates: its text, left edge, baseline, width,
 * height, font size in points, whether its font is bold and whether it is a symbol font.
 */
record PdfGlyph(String text, float x, float baseline, float width, float height, float fontSize,
                boolean bold, boolean symbolFont) {

    float right() {
        return x + width;
    }

    boolean isSpace() {
        return text.isBlank();
    }
}
