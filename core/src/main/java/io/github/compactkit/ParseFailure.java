package io.github.compactkit;

/** Why a document could not be parsed at all. Each has a one-line explanation for users. */
public enum ParseFailure {
    EMPTY("the file is empty"),
    NOT_TEXT("the file is binary data, not text or a supported document format"),
    UNSUPPORTED_FORMAT("the file's format is not supported"),
    CORRUPT("the file is damaged and cannot be read"),
    ENCRYPTED("the file is password-protected"),
    NO_TEXT_LAYER("the PDF has no text layer (scanned images) and OCR gave no text or was turned off"),
    OCR_UNAVAILABLE("the PDF has pages without a text layer (scanned images) and OCR is not available"),
    /** Over the size limit, expanding far beyond it (a zip bomb), or more than the memory given. */
    TOO_LARGE("the file, or what it expands to, is larger than the limits allow"),
    /** Nested deeper than any real document (thousands of levels): refused before it exhausts the stack. */
    TOO_COMPLEX("the document's structure is nested too deeply to read"),
    /** Over the parser's time budget; the parse is stopped, not left running. */
    TIMEOUT("parsing took longer than the configured limit"),
    IO_ERROR("the file could not be read");

    private final String explanation;

    ParseFailure(String explanation) {
        this.explanation = explanation;
    }

    /** A short lower-case explanation, e.g. "the file is password-protected". */
    public String explanation() {
        return explanation;
    }
}
