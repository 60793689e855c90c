package io.github.compactkit.ingest;

/**
 * Detects a document's media type from its content only (magic numbers, and inside zip and OLE
 * containers the parts they hold, so DOCX, ODT and XLSX are told apart). The file name is never
 * trusted: a text file named ".pdf" is text. Bytes no detector recognises are reported as
 * "text/plain" and left to the text reader to accept or reject as binary.
 *
 * <p>PDF and evident plain text are told without Apache Tika (see {@link PlainTextSniffer}), so
 * reading a text or PDF file never loads Tika's detectors or Apache POI; everything else is Tika's
 * (see {@link TikaDetection}).
 */
public final class FormatDetector {
    private FormatDetector() {
    }

    private static final java.util.regex.Pattern MEDIA_TYPE =
            java.util.regex.Pattern.compile("[a-z0-9][a-z0-9.+-]{0,40}/[a-z0-9][a-z0-9.+-]{0,80}");

    /**
     * A detected media type as it may appear in a message: itself when it looks like one, else a
     * phrase. An ODF package names its own type in its first entry, so a damaged file can "detect"
     * as kilobytes of its own bytes.
     */
    public static String describe(String mediaType) {
        String base = mediaType == null ? "" : mediaType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return MEDIA_TYPE.matcher(base).matches() ? base : "unrecognised content type";
    }

    /** The media type of the bytes, e.g. "application/pdf", "text/plain". */
    public static String detect(byte[] bytes, String fileName) {
        if (startsWith(bytes, "%PDF") || isPdfAfterJunk(bytes)) {
            return "application/pdf";
        }
        if (PlainTextSniffer.isEvidentlyPlainText(bytes)) {
            return "text/plain";
        }
        return TikaDetection.detect(bytes);
    }

    /** PDF readers accept a header within the first kilobyte; PDFBox does too. */
    private static boolean isPdfAfterJunk(byte[] bytes) {
        int n = Math.min(bytes.length, 1024) - 4;
        for (int i = 1; i < n; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
