package io.github.compactkit.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.Compacts;
import io.github.compactkit.model.Compact;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Corpus comparison at scale on a synthetic corpus grown from the seeds ({@link SyntheticCorpus}):
 * the indexed candidates give the exhaustive result on a corpus small enough to score exhaustively;
 * the 1,000-compact run is opt-in ({@code -Dcompactkit.scale=true}) to spare shared CI machines.
 */
class CorpusScaleTest {
    static List<Compact> seeds = new ArrayList<>();

    @BeforeAll
    static void seeds() throws CompactParseException {
        for (String name : List.of("westminster", "bromley", "havering", "west-kent")) {
            seeds.add(Compacts.parse(GoldCompacts.CORPUS.resolve("compacts").resolve(name + ".txt")));
        }
    }

    @Test
    void indexedEqualsExhaustiveOnSixtyCompacts() {
        List<Compact> corpus = SyntheticCorpus.generate(seeds, 60, 7);
        long t0 = System.nanoTime();
        CorpusMatrix indexed = CorpusComparator.builder().build().matrix(corpus);
        long t1 = System.nanoTime();
        CorpusMatrix exhaustive = CorpusComparator.builder().exhaustive(true).build().matrix(corpus);
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "60 compacts: indexed %.2fs %s; exhaustive %.2fs %s%n",
                (t1 - t0) / 1e9, indexed.stats(), (t2 - t1) / 1e9, exhaustive.stats());
        // The index misses only pairs below its cosine threshold: measure recall of aligned item pairs.
        double recall = (double) indexed.stats().alignedItemPairs() / exhaustive.stats().alignedItemPairs();
        double maxSimilarityGap = 0;
        for (int i = 0; i < corpus.size(); i++) {
            for (int j = 0; j < corpus.size(); j++) {
                maxSimilarityGap = Math.max(maxSimilarityGap, Math.abs(indexed.similarity(i, j) - exhaustive.similarity(i, j)));
            }
        }
        System.out.printf(Locale.ROOT, "recall of candidate item pairs vs exhaustive %.4f, largest similarity gap %.3f%n",
                recall, maxSimilarityGap);
        assertTrue(recall >= 0.99, "recall " + recall);
        assertTrue(maxSimilarityGap <= 0.05, "similarity gap " + maxSimilarityGap);
        assertTrue(indexed.stats().scoredTextPairs() * 3 < exhaustive.stats().scoredTextPairs());
        assertTrue(!indexed.reuse().isEmpty(), "the generator copies from earlier compacts");
    }

    @Test
    @EnabledIfSystemProperty(named = "compactkit.scale", matches = "true")
    void thousandCompacts() {
        List<Compact> corpus = SyntheticCorpus.generate(seeds, 1000, 11);
        long t0 = System.nanoTime();
        CorpusMatrix m = CorpusComparator.builder().build().matrix(corpus);
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "1000 compacts: indexed %.2fs %s, %d reuse links, %d clusters%n",
                (t1 - t0) / 1e9, m.stats(), m.reuse().size(), m.clusters().size());
        assertEquals(1000, m.compacts().size());
    }
}
