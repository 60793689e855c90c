package io.github.compactkit.cli;

import io.github.compactkit.corpus.GoldAnnotation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A user's gold annotations: {@code NAME.gold.json} files, each next to the document it annotates
 * (the gold's {@code file} field names it; else a supported file called NAME.*).
 */
final class GoldFolder {
    static final String SUFFIX = ".gold.json";

    private GoldFolder() {
    }

    /** One gold file with the document it annotates (null when none was found). */
    record Entry(Path goldFile, GoldAnnotation gold, Path document) {
        String name() {
            String n = goldFile.getFileName().toString();
            return n.substring(0, n.length() - SUFFIX.length());
        }
    }

    /** Every gold file under {@code dir}, sorted. Throws when one cannot be read as gold JSON. */
    static List<Entry> read(Path dir) throws IOException {
        List<Path> golds;
        try (Stream<Path> s = Files.walk(dir)) {
            golds = s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .sorted().toList();
        }
        List<Entry> out = new ArrayList<>();
        for (Path g : golds) {
            GoldAnnotation gold;
            try (InputStream in = Files.newInputStream(g)) {
                gold = GoldAnnotation.read(in);
            } catch (IOException | RuntimeException e) {
                throw new IOException(g.getFileName() + ": not a gold annotation (" + e.getMessage() + ")", e);
            }
            Entry partial = new Entry(g, gold, null);
            out.add(new Entry(g, gold, document(partial).orElse(null)));
        }
        return out;
    }

    private static Optional<Path> document(Entry e) throws IOException {
        Path folder = e.goldFile().getParent();
        if (e.gold().file() != null) {
            Path named = folder.resolve(e.gold().file());
            if (Files.isRegularFile(named)) {
                return Optional.of(named);
            }
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).filter(SupportedFiles::isSupported)
                    .filter(p -> p.getFileName().toString().startsWith(e.name() + "."))
                    .sorted().findFirst();
        }
    }
}
