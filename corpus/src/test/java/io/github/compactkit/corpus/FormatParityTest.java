package io.github.compactkit.corpus;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.Compacts;
import io.github.compactkit.corpus.eval.AccuracyThresholds;
import io.github.compactkit.corpus.eval.ListScore;
import io.github.compactkit.corpus.eval.Scorecard;
import io.github.compactkit.corpus.eval.Scorer;
import io.github.compactkit.model.Compact;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same compact gives the same model whatever its format: each PDF and DOCX rendering scores
 * within {@value #TOLERANCE} F1 of the plain-text rendering against the gold, list by list. Parity
 * is measured relative to the text, so the test holds while the parser itself improves.
 */
class FormatParityTest {
    static final double TOLERANCE = 0.03;
    private static final AccuracyThresholds THRESHOLDS = AccuracyThresholds.bundled();

    @TempDir
    static Path dir;

    static Stream<Arguments> renderings() {
        List<Arguments> cases = new ArrayList<>();
        for (CorpusDocument doc : Corpus.bundled().annotated()) {
            for (Rendering r : doc.renderings()) {
                if (r != doc.primary() && !r.isScan()) {
                    cases.add(Arguments.of(doc.name() + " " + r.fileName(), doc, r));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void scoresLikeTheTextVersion(String label, CorpusDocument doc, Rendering rendering) throws IOException {
        GoldAnnotation gold = doc.gold().orElseThrow();
        Scorecard text = Scorer.score(parse(doc.primary().copyTo(dir.resolve(doc.name()))), gold);
        Scorecard other = Scorer.score(parse(rendering.copyTo(dir.resolve(doc.name()))), gold);
        List<String> worse = new ArrayList<>(ParityCheck.worse(text, other, TOLERANCE, "text"));
        // A variant rendering (harbourside-designed.pdf) may have floors of its own (harbourside-designed).
        String base = rendering.fileName().replaceFirst("\\.[^.]+$", "");
        if (!base.equals(doc.name()) && THRESHOLDS.covers(base)) {
            worse.addAll(THRESHOLDS.violations(base, other));
        }
        assertTrue(worse.isEmpty(), label + ": " + worse + "\n" + other.toTable());
    }

    /** Renderings whose action plan is laid out as a table (see corpus/render/render.sh). */
    static Stream<Arguments> actionTables() {
        List<Arguments> cases = new ArrayList<>();
        for (String name : List.of("westminster", "southmere")) {
            CorpusDocument doc = Corpus.bundled().find(name).orElseThrow();
            doc.renderings().stream().filter(r -> r != doc.primary() && !r.isScan())
                    .forEach(r -> cases.add(Arguments.of(name + " " + r.mediaType(), doc, r)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actionTables")
    void actionPlanTablesGiveEveryRowsActionLeadAndDate(String label, CorpusDocument doc, Rendering rendering) throws IOException {
        Scorecard card = Scorer.score(parse(rendering.copyTo(dir.resolve(doc.name()))), doc.gold().orElseThrow());
        for (String list : List.of(Scorecard.ACTION_POINTS, Scorecard.ACTION_LEAD, Scorecard.ACTION_TARGET_DATE)) {
            ListScore score = card.list(list).orElseThrow();
            assertTrue(score.gold() > 0 && score.recall() == 1.0 && score.precision() == 1.0,
                    label + " " + list + ": " + score + "\n" + card.toTable());
        }
    }

    private static Compact parse(Path file) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try {
                return Compacts.parse(file);
            } catch (CompactParseException e) {
                return fail(file.getFileName() + " did not parse: " + e.getMessage(), e);
            }
        });
    }
}
