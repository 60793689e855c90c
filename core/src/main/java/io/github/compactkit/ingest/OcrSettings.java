package io.github.compactkit.ingest;

import io.github.compactkit.OcrMode;
import io.github.compactkit.OcrProgress;
import java.util.Objects;

/**
 * How the PDF reader uses OCR: when ({@link OcrMode}), how many pages are recognised at once (the
 * thread budget, shared by every document the parser reads), the Tesseract language and command,
 * the resolution pages are rendered at, and who is told of each page done.
 */
public record OcrSettings(OcrMode mode, int threads, String language, String command, int dpi, OcrProgress progress) {
    /** 300 dpi is what Tesseract is trained for: body text at 10–12 pt is 40–50 px high. */
    public static final int DEFAULT_DPI = 300;

    public OcrSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(progress, "progress");
        if (threads < 1) {
            throw new IllegalArgumentException("OCR threads must be at least 1: " + threads);
        }
        if (dpi < 72 || dpi > 600) {
            throw new IllegalArgumentException("OCR dpi must be between 72 and 600: " + dpi);
        }
        if (!language.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
            throw new IllegalArgumentException("not a Tesseract language: " + language);
        }
    }

    /** AUTO, one page per processor, English, {@code tesseract} on the PATH, 300 dpi. */
    public static OcrSettings defaults() {
        return new OcrSettings(OcrMode.AUTO, Runtime.getRuntime().availableProcessors(), "eng", "tesseract",
                DEFAULT_DPI, OcrProgress.NONE);
    }
}
