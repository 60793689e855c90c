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

    /** Longest detail kept in the message: room for the parser's own advice (how to install tesseract), never a dump. */
    static final int MAX_DETAIL = 400;

    private static String format(ParseFailure reason, String fileName, String detail) {
        String base = (fileName == null ? "" : printable(fileName, 400) + ": ") + reason.explanation();
        String shown = detail == null ? "" : printable(detail, MAX_DETAIL);
        return shown.isBlank() ? base : base + " (" + shown + ")";
    }

    /**
     * The text on one line with control characters dropped and at most {@code max} characters: the
     * message must stay one line in a log or a CSV cell whatever a reader put into a detail.
     */
    private static String printable(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max + 1));
        for (int i = 0; i < text.length() && out.length() <= max; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        String s = out.toString().strip();
        return s.length() > max ? s.substring(0, max - 1) + "…" : s;
    }

    public ParseFailure reason() {
        return reason;
    }

    /** The file name the failure is about, or null for text given directly. */
    public String fileName() {
        return fileName;
    }
}
