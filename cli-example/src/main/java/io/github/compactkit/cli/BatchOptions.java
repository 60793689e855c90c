package io.github.compactkit.cli;

import io.github.compactkit.OcrMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What a batch run reads, where it writes, and how: threads (documents at once, and also the budget of
 * pages recognised at once by OCR), re-parse everything, time limit per document, when to OCR.
 */
record BatchOptions(Path inputDir, Path outDir, int threads, boolean force, Duration timeout, OcrMode ocr) {
    /** Options with OCR of pages without a text layer (the default). */
    BatchOptions(Path inputDir, Path outDir, int threads, boolean force, Duration timeout) {
        this(inputDir, outDir, threads, force, timeout, OcrMode.AUTO);
    }

    BatchOptions {
        Objects.requireNonNull(ocr, "ocr");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }
}
