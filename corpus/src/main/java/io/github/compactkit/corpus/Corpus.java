package io.github.compactkit.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The documents bundled with compactkit: real compacts (the seeds), compacts written for the project
 * in other styles, and documents that are not compacts, each with gold where annotated.
 *
 * <pre>{@code
 * for (CorpusDocument doc : Corpus.bundled().documents()) {
 *     Compact c = Compacts.parse(doc.copyTo(dir));
 *     doc.gold().ifPresent(gold -> System.out.println(Scorer.score(c, gold).toTable()));
 * }
 * }</pre>
 *
 * <p>The list comes from a committed index ({@value #INDEX}) rather than from scanning the class
 * path, which does not work inside a (shaded) jar.
 */
public final class Corpus {
    /** The class-path folder holding the corpus. */
    public static final String ROOT = "io/github/compactkit/corpus/";
    /** The index listing every document, its renderings and its gold. */
    public static final String INDEX = ROOT + "index.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<CorpusDocument> documents;

    private Corpus(List<CorpusDocument> documents) {
        this.documents = List.copyOf(documents);
    }

    /** The corpus bundled in this jar (read once). */
    public static Corpus bundled() {
        return Bundled.CORPUS;
    }

    /** Lazy holder: the index is read on first use, once. */
    private static final class Bundled {
        static final Corpus CORPUS = load();
    }

    private static Corpus load() {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("corpus index " + INDEX + " is not on the class path");
            }
            return fromIndex(MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
    }

    static Corpus fromIndex(JsonNode index) {
        List<CorpusDocument> docs = new ArrayList<>();
        for (JsonNode d : index.path("documents")) {
            List<Rendering> renderings = new ArrayList<>();
            for (JsonNode r : d.path("renderings")) {
                String path = r.path("path").asText();
                String fileName = path.substring(path.lastIndexOf('/') + 1);
                String scanOf = r.hasNonNull("scanOf") ? ROOT + r.get("scanOf").asText() : null;
                renderings.add(new Rendering(fileName, r.path("mediaType").asText(), ROOT + path, scanOf));
            }
            String gold = d.hasNonNull("gold") ? ROOT + d.get("gold").asText() : null;
            docs.add(new CorpusDocument(d.path("name").asText(), d.path("origin").asText(null), renderings, gold));
        }
        return new Corpus(docs);
    }

    /** All documents, in index order. */
    public List<CorpusDocument> documents() {
        return documents;
    }

    /** The documents that have a gold annotation. */
    public List<CorpusDocument> annotated() {
        return documents.stream().filter(CorpusDocument::hasGold).toList();
    }

    /** The document with this short name ("westminster") or file name ("westminster.txt"). */
    public Optional<CorpusDocument> find(String name) {
        return documents.stream()
                .filter(d -> d.name().equals(name) || d.renderings().stream().anyMatch(r -> r.fileName().equals(name)))
                .findFirst();
    }
}
