package io.github.compactkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.Compacts;
import io.github.compactkit.io.CompactJson;
import io.github.compactkit.model.Compact;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during a batch: the run ends with a summary saying so, every document
 * finished before keeps its JSON, and the previous complete set of gathered files is left as it was.
 */
class BatchFullDiskTest {
    private static final Path CORPUS = Path.of("..", "corpus", "compacts");

    @TempDir
    Path tmp;

    @Test
    void aFullDiskEndsTheRunWithASummaryAndKeepsWhatWasFinished() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String name : List.of("westminster.txt", "bromley.txt", "havering.txt")) {
            Files.copy(CORPUS.resolve(name), in.resolve(name));
        }
        Path out = tmp.resolve("out");
        BatchOptions options = new BatchOptions(in, out, 1, false, Duration.ofSeconds(60));
        BatchSummary first = new BatchRunner(options, Progress.forConsole(new PrintWriter(new StringWriter()), true), Compacts::parse).run();
        assertTrue(first.complete());
        Map<String, byte[]> previous = gathered(out);

        // More documents, and a disk that is full once all.jsonl has taken its first line.
        for (String name : List.of("ashcombe.txt", "brackenford.txt", "calderbridge.txt")) {
            Files.copy(CORPUS.resolve(name), in.resolve(name));
        }
        StagedFiles.Opener fillsUp = file -> {
            Writer disk = StagedFiles.DISK.open(file);
            return file.getFileName().toString().startsWith(BatchSink.ALL_JSONL) ? new FullAfter(disk, 1) : disk;
        };
        BatchSummary second = new BatchRunner(options, Progress.forConsole(new PrintWriter(new StringWriter()), true), Compacts::parse, fillsUp).run();

        assertFalse(second.complete());
        assertTrue(second.stoppedBy().contains("No space left on device"), second.stoppedBy());
        assertEquals(ExitCode.NOTHING_USABLE, second.exitCode());
        StringWriter report = new StringWriter();
        BatchReport.print(second, new PrintWriter(report));
        assertTrue(report.toString().contains("stopped early: an output could not be written (No space left on device)"),
                report.toString());
        // The finished set is untouched, byte for byte.
        Map<String, byte[]> after = gathered(out);
        assertEquals(previous.keySet(), after.keySet());
        previous.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
        // Every document's JSON that exists is whole and belongs to its source as it is now.
        try (Stream<Path> files = Files.list(out)) {
            List<Path> jsons = files.filter(f -> f.toString().endsWith(".txt.json")).toList();
            assertTrue(jsons.size() >= 3, jsons.toString());
            for (Path json : jsons) {
                Compact c = CompactJson.read(Files.readString(json, StandardCharsets.UTF_8));
                String source = json.getFileName().toString().replaceFirst("\\.json$", "");
                assertEquals(io.github.compactkit.ingest.Hashes.sha256(Files.readAllBytes(in.resolve(source))),
                        c.source().sha256(), json.toString());
            }
        }
        // Space again: the run resumes, skips what was finished, and puts a whole set in place.
        BatchSummary third = new BatchRunner(options, Progress.forConsole(new PrintWriter(new StringWriter()), true), Compacts::parse).run();
        assertTrue(third.complete());
        assertEquals(6, third.parsed() + third.skipped());
        assertTrue(third.skipped() >= 3, "finished documents are skipped: " + third);
        assertEquals(6, Files.readAllLines(out.resolve(BatchSink.ALL_JSONL)).size());
    }

    /** The gathered files (not the partial ones) by name. */
    private static Map<String, byte[]> gathered(Path out) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        for (String name : Stream.concat(Stream.of(BatchSink.ALL_JSONL, BatchSink.ERRORS_JSONL), ItemTables.FILES.stream()).toList()) {
            files.put(name, Files.readAllBytes(out.resolve(name)));
        }
        return files;
    }

    /** A writer whose disk is full after it has taken {@code writes} writes (the sink flushes once per document). */
    private static final class FullAfter extends FilterWriter {
        private int writes;

        FullAfter(Writer out, int writes) {
            super(out);
            this.writes = writes;
        }

        @Override
        public void write(int c) throws IOException {
            take();
            super.write(c);
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            take();
            super.write(s, off, len);
        }

        @Override
        public void write(char[] c, int off, int len) throws IOException {
            take();
            super.write(c, off, len);
        }

        private void take() throws IOException {
            if (writes-- <= 0) {
                throw new IOException("No space left on device");
            }
        }
    }
}
