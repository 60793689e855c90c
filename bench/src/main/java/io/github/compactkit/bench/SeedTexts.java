package io.github.compactkit.bench;

import io.github.compactkit.corpus.Corpus;
import io.github.compactkit.corpus.CorpusDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The bundled documents' texts, as the benchmarks and the generator read them. */
final class SeedTexts {
    private SeedTexts() {
    }

    /** The real compacts (origin "seed") that are compacts, in index order. */
    static List<CorpusDocument> seedCompacts() {
        return Corpus.bundled().documents().stream()
                .filter(d -> "seed".equals(d.origin()))
                .filter(d -> !d.name().contains("guide"))
                .toList();
    }

    /** Every bundled document with a plain-text rendering. */
    static List<CorpusDocument> all() {
        return Corpus.bundled().documents();
    }

    static String text(String name) {
        return Corpus.bundled().find(name).orElseThrow(() -> new IllegalArgumentException("no bundled " + name)).text();
    }

    static int utf8Bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
