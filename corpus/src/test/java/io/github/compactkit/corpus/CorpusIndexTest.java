package io.github.compactkit.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed index lists exactly the documents on disk: a file added to {@code compacts/} or
 * {@code gold/} without an index entry (or the reverse) fails the build. Index paths are relative to
 * the corpus module, which the pom maps one to one onto the class path.
 */
class CorpusIndexTest {
    private static final Path MODULE = Path.of("");

    @Test
    void indexMatchesTheFilesOnDisk() throws IOException {
        Corpus corpus = Corpus.bundled();
        Set<String> indexed = new TreeSet<>();
        for (CorpusDocument d : corpus.documents()) {
            d.renderings().forEach(r -> indexed.add(r.resource().substring(Corpus.ROOT.length())));
            if (d.goldResource() != null) {
                indexed.add(d.goldResource().substring(Corpus.ROOT.length()));
            }
        }
        Set<String> onDisk = new TreeSet<>();
        onDisk.addAll(files("compacts", ""));
        onDisk.addAll(files("gold", ".gold.json"));
        assertEquals(onDisk, indexed.stream().filter(p -> p.startsWith("compacts/") || p.startsWith("gold/"))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        for (String path : indexed) {
            assertTrue(Files.isRegularFile(MODULE.resolve(path)), "indexed but missing on disk: " + path);
        }
    }

    @Test
    void namesAreUnique() {
        List<String> names = Corpus.bundled().documents().stream().map(CorpusDocument::name).toList();
        assertEquals(names.size(), new HashSet<>(names).size(), names.toString());
    }

    @Test
    void everyRenderingIsOnTheClassPath() {
        for (CorpusDocument d : Corpus.bundled().documents()) {
            for (Rendering r : d.renderings()) {
                assertTrue(r.bytes().length > 0, r.resource());
            }
        }
    }

    private static Set<String> files(String dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(MODULE.resolve(dir))) {
            return s.filter(Files::isRegularFile)
                    .map(p -> dir + "/" + p.getFileName())
                    .filter(p -> p.endsWith(suffix))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void theReadmeNamesEveryDocumentAndEveryRenderingFolder() throws IOException {
        String readme = Files.readString(MODULE.resolve("README.md"));
        for (CorpusDocument d : Corpus.bundled().documents()) {
            assertTrue(readme.contains("`" + d.name() + "`"), "corpus/README.md does not name " + d.name());
            for (Rendering r : d.renderings()) {
                String folder = r.resource().substring(Corpus.ROOT.length(), r.resource().lastIndexOf('/') + 1);
                assertTrue(readme.contains("`" + folder), "corpus/README.md does not describe " + folder);
            }
        }
    }
}
