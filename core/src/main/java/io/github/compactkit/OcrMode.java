package io.github.compactkit;

/** When the PDF reader runs OCR (Tesseract) on a page. */
public enum OcrMode {
    /** Pages without a text layer (scans) are recognised; pages with text are read as they are. */
    AUTO,
    /** Every page is recognised from its image, ignoring any text layer (a bad OCR layer, say). */
    ALWAYS,
    /** No OCR: a PDF without a text layer fails with {@link ParseFailure#NO_TEXT_LAYER}. */
    NEVER
}
