package io.github.compactkit.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.CompactParser;
import io.github.compactkit.Compacts;
import io.github.compactkit.OcrMode;
import io.github.compactkit.ParseFailure;
import io.github.compactkit.corpus.eval.AccuracyThresholds;
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
 * Scans read by OCR score like the digital PDF they were made from: within {@value #TOLERANCE} F1,
 * list by list, and at least their own entry (NAME-scan) in {@code thresholds.json}. The scan has no
 * text layer, so this runs Tesseract; where it is not installed the test is skipped with the
 * parser's own message saying how to install it (CI installs it in {@code .ci/run}).
 */
class ScanParityTest {
    static final double TOLERANCE = 0.10;
    /** Generous: three pages take a few seconds on two cores; this catches a hang. */
    private static final Duration LIMIT = Duration.ofSeconds(180);

    @TempDir
    static Path dir;

    static Stream<Arguments> scans() {
        List<Arguments> cases = new ArrayList<>();
        for (CorpusDocument doc : Corpus.bundled().annotated()) {
            doc.scans().forEach(scan -> cases.add(Arguments.of(doc.name() + " " + scan.fileName(), doc, scan)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scans")
    void scoresLikeItsDigitalVersion(String label, CorpusDocument doc, Rendering scan) throws IOException {
        GoldAnnotation gold = doc.gold().orElseThrow();
        Rendering digital = doc.renderingAt(scan.scanOf()).orElseThrow(() -> new AssertionError(label + ": scanOf names no rendering"));
        Path scanFile = scan.copyTo(dir.resolve(doc.name()));
        Compact scanned = assertTimeoutPreemptively(LIMIT, () -> parseScan(scanFile), label + " took too long");
        Scorecard text = Scorer.score(parse(digital.copyTo(dir.resolve(doc.name()))), gold);
        Scorecard other = Scorer.score(scanned, gold);
        List<String> worse = new ArrayList<>(ParityCheck.worse(text, other, TOLERANCE, "digital"));
        worse.addAll(AccuracyThresholds.bundled().violations(doc.name() + "-scan", other));
        assertTrue(worse.isEmpty(), label + ": " + worse + "\n" + other.toTable());
        assertTrue(scanned.warnings().stream().anyMatch(w -> w.startsWith("OCR (")), label + " was not read by OCR: " + scanned.warnings());
        // Items keep the page and box of the OCR words they come from.
        scanned.undertakings().forEach(u -> {
            assertNotNull(u.span().startPage(), u.text());
            assertNotNull(u.span().box(), u.text());
        });
        assertFalse(scanned.undertakings().isEmpty(), label);
    }

    private static Compact parseScan(Path file) {
        try {
            return CompactParser.builder().ocr(OcrMode.AUTO).build().parse(file);
        } catch (CompactParseException e) {
            assumeFalse(e.reason() == ParseFailure.OCR_UNAVAILABLE, "skipped, OCR is not available here: " + e.getMessage());
            return fail(file.getFileName() + " did not parse: " + e.getMessage(), e);
        }
    }

    private static Compact parse(Path file) {
        try {
            return Compacts.parse(file);
        } catch (CompactParseException e) {
            return fail(file.getFileName() + " did not parse: " + e.getMessage(), e);
        }
    }
}
