package io.github.compactkit;

/**
 * Told after each page recognised by OCR, so long scans can show progress. Called from the OCR
 * threads, possibly at the same time for different documents; implementations must be thread-safe.
 */
@FunctionalInterface
public interface OcrProgress {
    /** Does nothing. */
    OcrProgress NONE = (fileName, done, total) -> { };

    /**
     * @param fileName the document's file name
     * @param done     pages recognised so far in this document
     * @param total    pages of this document that need OCR
     */
    void pageDone(String fileName, int done, int total);
}
