package io.github.compactkit;

/**
 * Thrown when a document cannot be read at all. {@link #reason()} says why; {@link #getMessage()}
 * is one line fit for a user ("westminster.pdf: the file is password-protected").
 */
public final class CompactParseException extends Exception {
    private static final long serialVersionUID = 1L;

    private final ParseFailure reason;
    private final String fileName;

    public CompactParseException(ParseFailure reason, String fileName, String detail) {
        this(reason, fileName, detail, null);
    }

    public CompactParseException(ParseFailure reason, String fileName, String detail, Throwable cause) {
        super(format(reason, fileName, detail), cause);
        this.reason = reason;
        this.fileName = fileName;
    }

    private static String format(ParseFailure reason, String fileName, String detail) {
        String base = (fileName == null ? "" : fileName + ": ") + reason.explanation();
        return detail == null || detail.isBlank() ? base : base + " (" + detail + ")";
    }

    public ParseFailure reason() {
        return reason;
    }

    /** The file name the failure is about, or null for text given directly. */
    public String fileName() {
        return fileName;
    }
}
