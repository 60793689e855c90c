package io.github.compactkit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The committed renderings of the seeds (corpus/pdf, corpus/docx), found from the repository root or a module. */
final class CorpusFiles {
    private CorpusFiles() {
    }

    static Path find(String folder, String fileName) {
        String root = System.getProperty("bench.corpus");
        for (Path base : root != null ? new Path[] {Path.of(root)} : new Path[] {Path.of("corpus"), Path.of("..", "corpus")}) {
            Path file = base.resolve(folder).resolve(fileName);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException("cannot find corpus/" + folder + "/" + fileName
                + ": run from the repository root or set -Dbench.corpus=PATH/TO/corpus");
    }

    static byte[] read(String folder, String fileName) {
        try {
            return Files.readAllBytes(find(folder, fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
