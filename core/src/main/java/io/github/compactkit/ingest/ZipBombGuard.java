package io.github.compactkit.ingest;

import java.io.IOException;
import java.util.Enumeration;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Checks a zip container (DOCX, ODT) from its central directory before anything inflates it: an
 * entry that expands more than {@link #MAX_RATIO} times to over a megabyte, or entries totalling
 * over {@link #MAX_TOTAL} bytes, mark a zip bomb. Reading the directory costs milliseconds, where
 * inflating a bomb costs minutes.
 */
final class ZipBombGuard {
    /** Word-processor XML compresses about 5 to 30 times; 100 is Tika's own bomb threshold. */
    static final long MAX_RATIO = 100;
    static final long MAX_TOTAL = 1L << 30;
    private static final long SMALL = 1L << 20;

    private ZipBombGuard() {
    }

    /** Why the zip looks like a bomb, or empty when it does not (or is not a readable zip). */
    static Optional<String> check(byte[] bytes) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            long total = 0;
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                long size = entry.getSize();
                long compressed = Math.max(1, entry.getCompressedSize());
                if (size > SMALL && size / compressed > MAX_RATIO) {
                    return Optional.of("zip bomb: " + entry.getName() + " expands " + size / compressed
                            + " times to " + size + " bytes");
                }
                total += Math.max(0, size);
                if (total > MAX_TOTAL) {
                    return Optional.of("zip bomb: entries expand to more than " + MAX_TOTAL + " bytes");
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Not a zip we can list: the parser will report it as damaged.
            return Optional.empty();
        }
    }
}
