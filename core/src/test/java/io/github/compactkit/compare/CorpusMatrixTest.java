package io.github.compactkit.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.model.Compact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The corpus matrix of the four seed compacts (gold-built models): reuse, coverage, clusters. */
class CorpusMatrixTest {
    static List<Compact> seeds;
    static List<String> texts;
    static CorpusMatrix matrix;

    @BeforeAll
    static void build() throws IOException {
        // Dates: Westminster 2005 and Bromley 2007 per the alignment gold's note; Havering's from its gold.
        seeds = List.of(GoldCompacts.load("westminster", "2005"), GoldCompacts.load("bromley", "2007"),
                GoldCompacts.load("havering", "2009-12"), GoldCompacts.load("west-kent", null));
        texts = List.of(GoldCompacts.text("westminster.txt"), GoldCompacts.text("bromley.txt"),
                GoldCompacts.text("havering.txt"), GoldCompacts.text("west-kent.txt"));
        matrix = Comparisons.matrix(seeds, texts);
        Path out = Path.of("target", "compare");
        Files.createDirectories(out);
        Files.writeString(out.resolve("matrix.json"), MatrixJson.write(matrix));
    }

    @Test
    void bromleyLargelyReusesWestminsterWording() {
        ReuseLink link = matrix.reuse("bromley.txt", "westminster.txt");
        System.out.println("reuse " + link);
        assertNotNull(link);
        assertTrue(link.shareOfAReusedFromB() >= 0.6, link.toString());
        assertEquals("westminster.txt", link.likelySource());
    }

    @Test
    void haveringAndWestKentShareNoWording() {
        ReuseLink link = matrix.reuse("havering.txt", "west-kent.txt");
        assertEquals(null, link, "no reuse expected between Havering and West Kent");
        CompactComparison pair = Comparisons.compare(seeds.get(2), seeds.get(3));
        System.out.println("reuse havering/west-kent " + pair.reuse());
        assertTrue(pair.reuse().shareOfAReusedFromB() < 0.05 && pair.reuse().shareOfBReusedFromA() < 0.05);
        assertEquals(null, pair.reuse().likelySource());
    }

    @Test
    void similarityIsSymmetricWithUnitDiagonal() {
        for (int i = 0; i < 4; i++) {
            assertEquals(1.0, matrix.similarity(i, i));
            for (int j = 0; j < 4; j++) {
                assertEquals(matrix.similarity(i, j), matrix.similarity(j, i));
            }
        }
        // Westminster/Bromley share far more than any other pair.
        assertTrue(matrix.similarity(0, 1) > matrix.similarity(2, 3));
    }

    @Test
    void indexedCandidatesGiveTheExhaustiveResult() {
        CorpusMatrix exhaustive = CorpusComparator.builder().exhaustive(true).build().matrix(seeds, texts);
        assertEquals(exhaustive.similarity(), matrix.similarity());
        assertEquals(exhaustive.reuse(), matrix.reuse());
        assertEquals(exhaustive.clusters(), matrix.clusters());
        System.out.println("indexed " + matrix.stats() + " vs exhaustive " + exhaustive.stats());
        assertTrue(matrix.stats().scoredTextPairs() < exhaustive.stats().scoredTextPairs());
    }

    @Test
    void oneThreadGivesWhatTheParallelRunGives() {
        // A synthetic corpus large enough for the parallel stages to split the work between threads.
        List<Compact> corpus = SyntheticCorpus.generate(seeds, 60, 3);
        CorpusMatrix parallel = CorpusComparator.builder().build().matrix(corpus);
        CorpusMatrix sequential = CorpusComparator.builder().parallel(false).build().matrix(corpus);
        assertEquals(MatrixJson.write(sequential), MatrixJson.write(parallel));
        assertTrue(parallel.clusters().size() > 0);
    }

    @Test
    void deterministic() {
        assertEquals(MatrixJson.write(matrix), MatrixJson.write(Comparisons.matrix(seeds, texts)));
    }

    @Test
    void coverageHasEveryCompactThemeAndBenchmark() {
        assertEquals(4, matrix.themes().size());
        assertEquals(9, matrix.themes().get(0).counts().size());
        assertEquals(4, matrix.benchmarks().size());
        assertEquals(BenchmarkStatus.PRESENT, matrix.benchmarks().get(3).result("correspondence-response").status());
        int funding = matrix.themes().get(0).counts().get("funding");
        assertTrue(funding >= 5, "Westminster has a funding section: " + funding);
    }

    @Test
    void emptyInputsGiveEmptyResults() {
        assertEquals(0, Comparisons.matrix(List.of()).compacts().size());
        Compact empty = new Compact(Compact.SCHEMA_VERSION, null, null, "Nowhere", null, null,
                io.github.compactkit.model.DocumentType.OTHER, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        CompactComparison c = Comparisons.compare(empty, seeds.get(0));
        assertTrue(c.matches().isEmpty());
        assertEquals(seeds.get(0).undertakings().size() + seeds.get(0).principles().size()
                + seeds.get(0).actionPoints().size(), c.onlyInB().size());
        assertEquals(0.0, c.reuse().shareOfAReusedFromB());
        CorpusMatrix one = Comparisons.matrix(List.of(empty));
        assertEquals(List.of(List.of(1.0)), one.similarity());
        assertTrue(one.benchmarks().get(0).results().stream().allMatch(r -> r.status() == BenchmarkStatus.ABSENT));
    }

    @Test
    void clustersSpanAreas() {
        assertTrue(!matrix.clusters().isEmpty());
        for (CommitmentCluster c : matrix.clusters()) {
            assertTrue(c.compacts() >= 2);
            assertEquals(c.compacts(), c.members().stream().map(ClusterMember::compact).distinct().count());
        }
    }

    @Test
    void anItemBundlingSeveralCommitmentsDoesNotChainThemIntoOneCluster() {
        Compact bundle = compactOf("Bundleton", "Keep proper financial records and make them available to funders, tell the "
                + "funder promptly of any change that affects a funded service, and acknowledge the support of public funders "
                + "in all publicity.");
        Compact records = compactOf("Recordham", "Keep proper financial records and make them available to funders.");
        Compact publicity = compactOf("Publicville", "Acknowledge the support of public funders in all publicity.");
        Compact copy = compactOf("Copyford", "Keep proper financial records and make them available to our funders.");
        CorpusMatrix m = Comparisons.matrix(List.of(bundle, records, publicity, copy));
        // The bundle contains both short items (each pair matches), but they are different commitments.
        assertTrue(m.similarity(0, 1) > 0 && m.similarity(0, 2) > 0, m.similarity().toString());
        for (CommitmentCluster c : m.clusters()) {
            List<String> texts = c.members().stream().map(member -> member.item().text()).toList();
            assertFalse(texts.stream().anyMatch(t -> t.startsWith("Acknowledge")) && texts.stream().anyMatch(t -> t.startsWith("Keep")),
                    "records and publicity joined: " + texts);
        }
        // Near copies still make a cluster.
        assertTrue(m.clusters().stream().anyMatch(c -> c.compacts() == 2
                && c.members().stream().allMatch(member -> member.item().text().startsWith("Keep proper financial records and make"))),
                m.clusters().toString());
    }

    private static Compact compactOf(String area, String undertaking) {
        io.github.compactkit.model.Undertaking u = new io.github.compactkit.model.Undertaking(io.github.compactkit.model.Party.VCS,
                undertaking, "2.1", List.of(), List.of(), List.of(), io.github.compactkit.model.Span.lines(10, 10));
        return new Compact(Compact.SCHEMA_VERSION, new io.github.compactkit.model.Source(area + ".txt", "text/plain", null, area),
                "The " + area + " Compact", area, null, null, io.github.compactkit.model.DocumentType.COMPACT, List.of(), List.of(),
                List.of(u), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
