package io.github.compactkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.compare.BenchmarkCatalogue;
import io.github.compactkit.compare.CompactRef;
import io.github.compactkit.compare.Comparisons;
import io.github.compactkit.compare.CorpusMatrix;
import io.github.compactkit.compare.GoldCompacts;
import io.github.compactkit.model.Compact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CSV and Markdown writers of the corpus matrix of the four seed compacts; outputs left under target/. */
class MatrixWritersTest {
    static CorpusMatrix matrix;

    @BeforeAll
    static void build() throws IOException {
        List<Compact> seeds = List.of(GoldCompacts.load("westminster", "2005"), GoldCompacts.load("bromley", "2007"),
                GoldCompacts.load("havering", "2009-12"), GoldCompacts.load("west-kent", null));
        List<String> texts = List.of(GoldCompacts.text("westminster.txt"), GoldCompacts.text("bromley.txt"),
                GoldCompacts.text("havering.txt"), GoldCompacts.text("west-kent.txt"));
        matrix = Comparisons.matrix(seeds, texts);
        Path out = Path.of("target", "compare");
        Files.createDirectories(out);
        Files.writeString(out.resolve("matrix.md"), MatrixMarkdown.write(matrix));
        Files.writeString(out.resolve("similarity.csv"), MatrixCsv.similarity(matrix));
        Files.writeString(out.resolve("clusters.csv"), MatrixCsv.clusters(matrix));
    }

    @Test
    void csvAndMarkdownWritersCoverEveryCompact() {
        assertEquals(5, MatrixCsv.similarity(matrix).split("\r\n").length);
        assertEquals(5, MatrixCsv.themes(matrix).split("\r\n").length);
        assertEquals(1 + 4 * BenchmarkCatalogue.defaults().benchmarks().size(), MatrixCsv.benchmarks(matrix).split("\r\n").length);
        assertEquals(1 + matrix.reuse().size(), MatrixCsv.reuse(matrix).split("\r\n").length);
        int members = matrix.clusters().stream().mapToInt(c -> c.members().size()).sum();
        assertEquals(1 + members, MatrixCsv.clusters(matrix).split("\r\n").length);
        String md = MatrixMarkdown.write(matrix);
        for (CompactRef ref : matrix.compacts()) {
            assertTrue(md.contains(ref.label()), ref.label());
        }
    }

}
