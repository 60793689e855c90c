package io.github.compactkit.ingest;

/**
 * One word recognised by OCR, in image pixels (origin top-left): its box, the baseline of its line
 * under the word's left edge, the slope of that baseline, the line's text height (Tesseract's
 * {@code x_size}: ascender to descender), which line of the page it is on, and the confidence (0–100).
 */
record OcrWord(String text, float x0, float y0, float x1, float y1, float baseline, float slope, float lineHeight,
               int line, float confidence) {

    float width() {
        return x1 - x0;
    }

    float height() {
        return y1 - y0;
    }
}
