package io.github.compactkit.ingest;

import java.io.IOException;
import java.util.Locale;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Detects a document's media type from its content only (magic numbers, and inside zip and OLE
 * containers the parts they hold, so DOCX, ODT and XLSX are told apart). The file name is never
 * trusted: a text file named ".pdf" is text. Bytes no detector recognises are reported as
 * "text/plain" and left to the text reader to accept or reject as binary.
 */
public final class FormatDetector {
    private FormatDetector() {
    }

    /** Tika's detectors are loaded once; they are thread-safe. */
    private static final class Holder {
        static final Detector DETECTOR = new DefaultDetector();
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
        MediaType type;
        try (TikaInputStream stream = TikaInputStream.get(bytes)) {
            type = Holder.DETECTOR.detect(stream, new Metadata());
        } catch (IOException | RuntimeException | LinkageError e) {
            // LinkageError: a zip entry compressed with an optional codec (zstd) whose decoder is not installed.
            return "text/plain";
        }
        String base = type.getBaseType().toString().toLowerCase(Locale.ROOT);
        if (base.equals("application/xhtml+xml") || base.equals("text/html")) {
            return "text/html";
        }
        if (base.equals("application/octet-stream") || base.startsWith("text/")) {
            return "text/plain";
        }
        return base;
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
