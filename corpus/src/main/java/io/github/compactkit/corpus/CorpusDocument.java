package io.github.compactkit.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One document of the corpus: a name ({@code westminster}), its renderings (the plain text first,
 * then PDF, DOCX… as they are added) and, when annotated, its gold.
 *
 * @param name       the document's short name, unique in the corpus
 * @param origin     where the text comes from: {@code seed} (a real compact), {@code written}
 *                   (written for this project in another style) or {@code blind} (written and
 *                   annotated by a session that saw neither the parser's code nor its output)
 * @param renderings the files, plain text first; never empty
 * @param goldResource the class-path resource of the gold JSON, or null when not annotated
 */
public record CorpusDocument(String name, String origin, List<Rendering> renderings, String goldResource) {

    public CorpusDocument {
        Objects.requireNonNull(name, "name");
        renderings = List.copyOf(renderings);
        if (renderings.isEmpty()) {
            throw new IllegalArgumentException(name + " has no rendering");
        }
    }

    /** The primary (first) rendering: the plain text for every document bundled so far. */
    public Rendering primary() {
        return renderings.get(0);
    }

    /** The primary rendering's file name, e.g. {@code westminster.txt}. */
    public String fileName() {
        return primary().fileName();
    }

    /** The rendering in the given media type ("application/pdf"), if bundled; never a scan. */
    public Optional<Rendering> rendering(String mediaType) {
        return renderings.stream().filter(r -> r.mediaType().equals(mediaType) && !r.isScan()).findFirst();
    }

    /** The scans (image-only PDFs read by OCR) of this document's renderings. */
    public List<Rendering> scans() {
        return renderings.stream().filter(Rendering::isScan).toList();
    }

    /** The rendering with this class-path resource, if bundled (a scan's {@link Rendering#scanOf()}). */
    public Optional<Rendering> renderingAt(String resource) {
        return renderings.stream().filter(r -> r.resource().equals(resource)).findFirst();
    }

    /** The primary rendering's bytes. */
    public byte[] bytes() {
        return primary().bytes();
    }

    /** The primary rendering decoded as UTF-8 (every bundled text file is UTF-8). */
    public String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    /** Copies the primary rendering into {@code dir}; returns the new file. */
    public Path copyTo(Path dir) throws IOException {
        return primary().copyTo(dir);
    }

    /** Whether the document has a gold annotation. */
    public boolean hasGold() {
        return goldResource != null;
    }

    /** The gold annotation, read from the bundled JSON on each call. */
    public Optional<GoldAnnotation> gold() {
        if (goldResource == null) {
            return Optional.empty();
        }
        try (InputStream in = CorpusDocument.class.getClassLoader().getResourceAsStream(goldResource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing corpus resource " + goldResource));
            }
            return Optional.of(GoldAnnotation.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + goldResource, e);
        }
    }
}
