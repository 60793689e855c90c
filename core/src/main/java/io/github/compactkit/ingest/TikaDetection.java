package io.github.compactkit.ingest;

import java.io.IOException;
import java.util.Locale;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Media types by Apache Tika: magic numbers, and inside zip and OLE containers the parts they hold.
 * A class of its own so that Tika is loaded only when {@link FormatDetector} needs it.
 */
final class TikaDetection {
    private TikaDetection() {
    }

    /** Tika's detectors are loaded once; they are thread-safe. */
    private static final class Holder {
        static final Detector DETECTOR = new DefaultDetector();
    }

    /** The media type Tika gives the bytes, folded as {@link FormatDetector#detect} reports it. */
    static String detect(byte[] bytes) {
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
}
