package io.github.compactkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.corpus.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @Test
    void demoParsesEveryBundledDocumentAndSaysWhereTheOutputsAre(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("demo");
        CliRun run = CliRun.of("demo", "--out", out.toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());
        int documents = Corpus.bundled().documents().size();
        assertEquals(documents, Files.readAllLines(out.resolve("all.jsonl")).size());
        assertTrue(Files.isRegularFile(out.resolve("westminster.txt.json")));
        assertTrue(run.out().contains(out.toAbsolutePath().toString()), run.out());
    }
}
