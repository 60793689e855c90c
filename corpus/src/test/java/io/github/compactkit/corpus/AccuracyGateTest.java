package io.github.compactkit.corpus;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.Compacts;
import io.github.compactkit.corpus.eval.AccuracyThresholds;
import io.github.compactkit.corpus.eval.MismatchReport;
import io.github.compactkit.corpus.eval.Scorecard;
import io.github.compactkit.corpus.eval.Scorer;
import io.github.compactkit.model.Compact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The accuracy gate: parses every annotated document of the bundled corpus with
 * {@link Compacts#parse(Path)} (within 30 s), scores it against its gold with the rule of {@code score.py}, writes
 * the scorecard (with the parse and the item-by-item mismatches) to {@code target/accuracy/}, and fails when a figure falls below
 * {@code corpus/gold/thresholds.json}. All documents are checked before the build fails.
 */
class AccuracyGateTest {
    private static final Path OUT = Path.of("target", "accuracy");
    private static final Map<String, Scorecard> CARDS = new ConcurrentHashMap<>();
    private static final AccuracyThresholds THRESHOLDS = AccuracyThresholds.bundled();
    private static final Duration PARSE_LIMIT = Duration.ofSeconds(30);

    static Stream<String> annotated() {
        return Corpus.bundled().annotated().stream().map(CorpusDocument::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("annotated")
    void meetsItsThresholds(String name, @TempDir Path dir) throws IOException {
        CorpusDocument doc = Corpus.bundled().find(name).orElseThrow();
        GoldAnnotation gold = doc.gold().orElseThrow();
        Path file = doc.copyTo(dir);
        // Generous: a document takes well under a second; this catches a hang, not a slow machine.
        Compact parsed = assertTimeoutPreemptively(PARSE_LIMIT, () -> parse(name, file), name + " took too long");
        Scorecard card = Scorer.score(parsed, gold);
        CARDS.put(name, card);
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve(name + ".scorecard.txt"), card.toTable(), StandardCharsets.UTF_8);
        Files.writeString(OUT.resolve(name + ".scorecard.json"), card.toJson().toPrettyString(), StandardCharsets.UTF_8);
        Files.writeString(OUT.resolve(name + ".parsed.json"), Compacts.toJson(parsed), StandardCharsets.UTF_8);
        Files.writeString(OUT.resolve(name + ".mismatches.txt"), MismatchReport.of(parsed, gold), StandardCharsets.UTF_8);
        List<String> violations = THRESHOLDS.violations(name, card);
        if (!violations.isEmpty()) {
            fail(String.join("\n", violations) + "\n" + card.toTable() + "see " + OUT.resolve(name + ".mismatches.txt"));
        }
    }

    private static Compact parse(String name, Path file) {
        try {
            return Compacts.parse(file);
        } catch (CompactParseException e) {
            return fail(name + " did not parse: " + e.getMessage(), e);
        }
    }

    @Test
    void everyAnnotatedDocumentHasThresholds() {
        annotated().forEach(name -> assertTrue(THRESHOLDS.covers(name), name + " has no entry in thresholds.json"));
    }

    @AfterAll
    static void writeSummary() throws IOException {
        if (CARDS.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(CARDS).values().forEach(c -> sb.append(c.toTable()).append('\n'));
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("summary.txt"), sb.toString(), StandardCharsets.UTF_8);
    }
}
