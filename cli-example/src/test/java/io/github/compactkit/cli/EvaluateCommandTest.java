package io.github.compactkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compactkit.corpus.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    private static final Path CORPUS = Path.of("..", "corpus");

    @Test
    void bundledGoldGivesOneScorecardPerAnnotatedDocumentAndASummary() {
        CliRun run = CliRun.of("evaluate");
        assertEquals(0, run.exitCode(), run.err());
        for (var doc : Corpus.bundled().annotated()) {
            assertTrue(run.out().contains(doc.fileName() + "\n  documentType"), doc.fileName());
        }
        assertTrue(run.out().contains("all (micro-average)"), run.out());
        // the PDF, DOCX and other renderings are scored against the same gold, below the text's summary
        assertTrue(run.out().contains("Other renderings of the same documents"), run.out());
        for (String file : List.of("westminster.pdf", "westminster.docx", "bromley.rtf", "bromley.html")) {
            assertTrue(run.out().contains("  " + file + " "), file);
        }
        assertTrue(run.out().contains("undertakingsWithParty"), run.out());
    }

    @Test
    void usersGoldFolderIsScoredAgainstTheDocumentsNextToIt(@TempDir Path tmp) throws Exception {
        Files.copy(CORPUS.resolve("compacts/westminster.txt"), tmp.resolve("westminster.txt"));
        Files.copy(CORPUS.resolve("gold/westminster.gold.json"), tmp.resolve("westminster.gold.json"));
        CliRun run = CliRun.of("evaluate", "--gold", tmp.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode w = json.path("documents").path("westminster");
        assertTrue(w.path("undertakings").path("gold").asInt() > 10, run.out());
        assertTrue(w.path("undertakings").path("f1").isNumber());
        assertTrue(json.path("microAverage").has("principles"));

        // A gold file whose document is missing is an input that failed: exit 2, and said on stderr.
        Files.copy(CORPUS.resolve("gold/bromley.gold.json"), tmp.resolve("bromley.gold.json"));
        CliRun partial = CliRun.of("evaluate", "--gold", tmp.toString());
        assertEquals(ExitCode.SOME_FAILED, partial.exitCode());
        assertTrue(partial.err().contains("bromley.gold.json: no document next to it"), partial.err());
    }

    @Test
    void folderWithoutGoldExits3AndMissingFolderIsAUsageError(@TempDir Path tmp) {
        assertEquals(ExitCode.NOTHING_USABLE, CliRun.of("evaluate", "--gold", tmp.toString()).exitCode());
        assertEquals(ExitCode.USAGE, CliRun.of("evaluate", "--gold", tmp.resolve("missing").toString()).exitCode());
    }
}
