package io.github.compactkit.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.model.Compact;
import io.github.compactkit.semantic.SemanticSimilarity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The corpus comparison by meaning over the sixteen blind compacts' gold models. */
class SemanticCorpusTest {
    static List<Compact> compacts = new ArrayList<>();
    static CorpusMatrix semantic;
    static CorpusMatrix lexical;
    static CompactComparator byMeaning;

    @BeforeAll
    static void compare() {
        for (String pair : BlindAlignmentTest.DEV) {
            for (String name : pair.split("-vs-")) {
                compacts.add(GoldCompacts.load(name, null));
            }
        }
        for (String pair : BlindAlignmentTest.HELD_OUT) {
            for (String name : pair.split("-vs-")) {
                compacts.add(GoldCompacts.load(name, null));
            }
        }
        byMeaning = CompactComparator.builder().similarity(SemanticSimilarity.create()).build();
        semantic = CorpusComparator.builder().comparator(byMeaning).build().matrix(compacts);
        lexical = CorpusComparator.builder().build().matrix(compacts);
    }

    @Test
    void meaningMatchesMoreOfEachBlindPair() {
        double gained = 0;
        for (int i = 0; i + 1 < compacts.size(); i += 2) {
            assertTrue(semantic.similarity(i, i + 1) >= lexical.similarity(i, i + 1),
                    i + ": " + semantic.similarity(i, i + 1) + " < " + lexical.similarity(i, i + 1));
            gained += semantic.similarity(i, i + 1) - lexical.similarity(i, i + 1);
        }
        assertTrue(gained > 0.3, "gained " + gained);
    }

    @Test
    void oneThreadGivesWhatTheParallelRunGives() {
        CorpusMatrix sequential = CorpusComparator.builder().comparator(byMeaning).parallel(false).build().matrix(compacts);
        assertEquals(MatrixJson.write(semantic), MatrixJson.write(sequential));
    }
}
