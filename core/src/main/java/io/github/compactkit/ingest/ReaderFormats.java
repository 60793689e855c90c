package io.github.compactkit.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * The media types each built-in reader takes, known without loading the reader: choosing a reader
 * must not load PDFBox, Tika or POI for a format the document is not in.
 */
public final class ReaderFormats {
    /** Word-processor and web formats read through Tika, and their password-protected forms. */
    private static final Set<String> TIKA = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-word.document.macroenabled.12",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
            "application/msword",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.text-template",
            "application/rtf",
            "text/html",
            "application/xhtml+xml",
            "application/x-tika-ooxml-protected",
            "application/x-tika-msoffice-encrypted",
            "application/vnd.oasis.opendocument.text-encrypted");

    /** A plain-text e-mail: read as text once its header is set aside (see {@link PlainTextReader}). */
    static final String MAIL = "message/rfc822";

    private ReaderFormats() {
    }

    /** Read by {@link PdfReader}. */
    public static boolean pdf(String mediaType) {
        return mediaType.equals("application/pdf");
    }

    /** Read by {@link TikaReader}. */
    public static boolean tika(String mediaType) {
        return TIKA.contains(base(mediaType));
    }

    /** Read by {@link PlainTextReader}. */
    public static boolean plainText(String mediaType) {
        return mediaType.startsWith("text/plain") || mediaType.startsWith("text/markdown") || base(mediaType).equals(MAIL);
    }

    static String base(String mediaType) {
        return mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }
}
