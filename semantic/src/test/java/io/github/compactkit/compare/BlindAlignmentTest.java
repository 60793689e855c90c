package io.github.compactkit.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.semantic.SemanticSimilarity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Comparing by meaning on the blind alignment gold: eight pairs of independently written compacts
 * (models from their gold files), annotated by a helper who saw neither the comparator nor its
 * output. Four pairs were used to tune the thresholds (dev), four were first run once the matcher
 * was final (held out). The floors are the figures of that first run over all eight, rounded down
 * to 0.05 (README, "Comparing by meaning"); the lexical comparator's figures are printed beside.
 */
class BlindAlignmentTest {
    static final List<String> DEV = List.of("ashcombe-vs-elmsworth", "brackenford-vs-greyhaven", "calderbridge-vs-kingsmere",
            "dunmore-vs-norbury");
    static final List<String> HELD_OUT = List.of("fenwick-vs-tarnfield", "hollinsbury-vs-varley", "lowfield-vs-wexcombe",
            "rosedale-vs-upton");
    static final double NEAR_FLOOR = 1.0;
    static final double MERGED_FLOOR = 0.20;
    static final double PARAPHRASE_FLOOR = 0.45;
    static final double PRECISION_FLOOR = 0.90;

    static BlindAlignmentScore semantic;
    static BlindAlignmentScore lexical;

    @BeforeAll
    static void score() {
        CompactComparator byMeaning = SemanticSimilarity.register(CompactComparator.builder()).build();
        CompactComparator byWords = CompactComparator.builder().build();
        List<BlindAlignmentScore> s = new ArrayList<>();
        List<BlindAlignmentScore> l = new ArrayList<>();
        for (List<String> group : List.of(DEV, HELD_OUT)) {
            List<BlindAlignmentScore> gs = new ArrayList<>();
            List<BlindAlignmentScore> gl = new ArrayList<>();
            for (String pair : group) {
                BlindAlignmentScore sp = BlindAlignmentScore.of(byMeaning, pair);
                BlindAlignmentScore lp = BlindAlignmentScore.of(byWords, pair);
                System.out.println("semantic " + sp.line());
                System.out.println("lexical  " + lp.line());
                gs.add(sp);
                gl.add(lp);
            }
            String name = group == DEV ? "dev" : "held-out";
            System.out.println("semantic " + BlindAlignmentScore.sum(name, gs).line());
            System.out.println("lexical  " + BlindAlignmentScore.sum(name, gl).line());
            s.addAll(gs);
            l.addAll(gl);
        }
        semantic = BlindAlignmentScore.sum("all eight", s);
        lexical = BlindAlignmentScore.sum("all eight", l);
        System.out.println("semantic " + semantic.line());
        System.out.println("lexical  " + lexical.line());
        semantic.missed().forEach(m -> System.out.println("  missed " + m));
        semantic.unconfirmed().forEach(m -> System.out.println("  unconfirmed " + m));
    }

    @Test
    void findsNearPairs() {
        assertTrue(semantic.near().value() >= NEAR_FLOOR, semantic.line());
    }

    @Test
    void findsMergedPairs() {
        assertTrue(semantic.merged().value() >= MERGED_FLOOR, semantic.line());
    }

    @Test
    void findsParaphrases() {
        assertTrue(semantic.paraphrase().value() >= PARAPHRASE_FLOOR, semantic.line());
    }

    @Test
    void keepsPrecision() {
        assertTrue(semantic.precision() >= PRECISION_FLOOR, semantic.line());
    }

    @Test
    void findsMoreThanWordsAlone() {
        assertTrue(semantic.paraphrase().found() > lexical.paraphrase().found(), semantic.line() + " / " + lexical.line());
    }
}
