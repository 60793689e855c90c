package io.github.compactkit.cli;

import io.github.compactkit.OcrMode;

/** The values of {@code --ocr}, spelled as typed. */
enum OcrChoice {
    auto(OcrMode.AUTO), always(OcrMode.ALWAYS), never(OcrMode.NEVER);

    static final String DESCRIPTION = "OCR with tesseract: auto (pages without a text layer, the default), always "
            + "(every PDF page, ignoring its text layer) or never.";

    private final OcrMode mode;

    OcrChoice(OcrMode mode) {
        this.mode = mode;
    }

    OcrMode mode() {
        return mode;
    }
}
