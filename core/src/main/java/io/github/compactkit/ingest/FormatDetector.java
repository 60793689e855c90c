package io.github.compactkit.ingest;

/**
 * Detects a document's media type from its first bytes (magic numbers), using the file name only
 * to tell apart formats that share a container.
 */
public final class FormatDetector {
    private FormatDetector() {
    }

    /** The media type of the bytes, e.g. "application/pdf", "text/plain". */
    public static String detect(byte[] bytes, String fileName) {
        if (startsWith(bytes, "%PDF")) {
            return "application/pdf";
        }
        if (startsWith(bytes, "{\\rtf")) {
            return "application/rtf";
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return "application/zip";
        }
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF) {
            return "application/x-tika-msoffice";
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html")) {
            return "text/html";
        }
        return "text/plain";
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
