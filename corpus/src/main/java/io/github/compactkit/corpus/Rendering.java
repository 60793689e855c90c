package io.github.compactkit.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * One file of a bundled document in one format (plain text, PDF, DOCX…), stored as a class-path
 * resource so it can be read from the jar as well as from the build tree.
 *
 * @param fileName  the file's name, e.g. {@code westminster.txt}
 * @param mediaType e.g. {@code text/plain}, {@code application/pdf}
 * @param resource  the absolute class-path resource name (no leading slash)
 * @param scanOf    for a scan (page images, no text layer), the resource of the digital rendering it
 *                  was made from; null otherwise
 */
public record Rendering(String fileName, String mediaType, String resource, String scanOf) {

    public Rendering {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(resource, "resource");
    }

    /** A rendering that is not a scan. */
    public Rendering(String fileName, String mediaType, String resource) {
        this(fileName, mediaType, resource, null);
    }

    /** Whether this is a scan (read by OCR) of another rendering. */
    public boolean isScan() {
        return scanOf != null;
    }

    /** The file's bytes. */
    public byte[] bytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Copies the file into {@code dir} (created if needed) under its own name; returns the new path. */
    public Path copyTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(fileName);
        try (InputStream in = open()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** Opens the resource; the caller closes the stream. */
    public InputStream open() {
        InputStream in = Rendering.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing corpus resource " + resource));
        }
        return in;
    }
}
