package io.github.compactkit.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.Compacts;
import io.github.compactkit.model.Compact;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A parsed compact's passages hold what benchmark detection used to read from the plain-text file:
 * the model alone finds every benchmark the model plus the file's text finds.
 */
class PassageEvidenceTest {
    @ParameterizedTest
    // each of these states a review date or dispute route only in prose
    @ValueSource(strings = {"westminster", "bromley", "havering", "harbourside", "riverton", "eastbrook"})
    void theModelAloneFindsWhatTheTextFinds(String name) throws Exception {
        Path file = Path.of("..", "corpus", "compacts", name + ".txt");
        Compact compact = Compacts.parse(file);
        assertFalse(compact.passages().isEmpty());
        BenchmarkCatalogue catalogue = BenchmarkCatalogue.defaults();
        BenchmarkCoverage alone = catalogue.detect(compact);
        BenchmarkCoverage withText = catalogue.detect(compact, Files.readString(file));
        for (Benchmark b : catalogue.benchmarks()) {
            assertEquals(withText.result(b.id()).status(), alone.result(b.id()).status(), name + " " + b.id());
        }
        // Without its passages the same model loses the narrative evidence: they are what finds it.
        Compact bare = new Compact(compact.schemaVersion(), compact.source(), compact.title(), compact.area(), compact.date(),
                compact.status(), compact.documentType(), compact.sections(), compact.principles(), compact.undertakings(),
                compact.actionPoints(), compact.glossary(), compact.partners(), compact.pageFurniture(), compact.warnings(),
                compact.diagnostics());
        long weaker = catalogue.benchmarks().stream()
                .filter(b -> catalogue.detect(bare).result(b.id()).status() != alone.result(b.id()).status()).count();
        assertTrue(weaker > 0, name + ": the passages decided no benchmark");
    }
}
