package io.github.compactkit.cli;

import io.github.compactkit.corpus.Corpus;
import io.github.compactkit.corpus.CorpusDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The compacts shipped with compactkit (module compactkit-corpus), unpacked to a folder for a batch run. */
final class BundledCorpus {
    private BundledCorpus() {
    }

    /** Copies the primary rendering of every bundled document into {@code dir}; returns {@code dir}. */
    static Path unpack(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (CorpusDocument doc : Corpus.bundled().documents()) {
            doc.copyTo(dir);
        }
        return dir;
    }
}
