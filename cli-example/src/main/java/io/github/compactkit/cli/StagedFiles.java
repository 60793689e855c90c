package io.github.compactkit.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The gathered files of a batch (all.jsonl, errors.jsonl, the CSVs), written under a ".partial"
 * name and put in place only when the whole set is written. A run that is killed or meets a full
 * disk leaves the previous complete set as it was, beside a partial set that says it is one.
 */
final class StagedFiles {
    static final String PARTIAL = ".partial";

    /** Opens a file for writing; tests inject one that fails as a full disk does. */
    @FunctionalInterface
    interface Opener {
        Writer open(Path file) throws IOException;
    }

    static final Opener DISK = file -> Files.newBufferedWriter(file, StandardCharsets.UTF_8);

    private final Path dir;
    private final Opener opener;
    private final Map<Path, Path> partialToFinal = new LinkedHashMap<>();

    StagedFiles(Path dir, Opener opener) {
        this.dir = dir;
        this.opener = opener;
    }

    /** A writer for {@code name} in the folder, writing to its partial file. */
    BufferedWriter create(String name) throws IOException {
        Path target = dir.resolve(name);
        Path partial = dir.resolve(name + PARTIAL);
        partialToFinal.put(partial, target);
        Writer w = opener.open(partial);
        return w instanceof BufferedWriter b ? b : new BufferedWriter(w);
    }

    /** Puts every partial file in place of its final name; call once all writers are closed. */
    void commit() throws IOException {
        for (Map.Entry<Path, Path> e : partialToFinal.entrySet()) {
            Files.move(e.getKey(), e.getValue(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
