package io.github.compactkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compactkit.ingest.Hashes;
import io.github.compactkit.io.CompactJson;
import io.github.compactkit.model.Compact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch process killed mid-run (the JVM, not a thread) leaves every output file whole: the
 * previous set of gathered files byte for byte, each document's JSON complete and matching its
 * source; the next run resumes from the finished documents and completes the set.
 */
class BatchKillIT {
    private static final Path JAR = Path.of("target", "compactkit.jar");
    private static final Path CORPUS = Path.of("..", "corpus", "compacts");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void aKilledBatchLeavesEveryOutputCompleteAndTheNextRunResumes() throws Exception {
        List<Path> texts;
        try (Stream<Path> s = Files.list(CORPUS)) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        for (Path t : texts.subList(0, 3)) {
            Files.copy(t, in.resolve(t.getFileName()));
        }
        assertEquals(0, batch(in, out).waitFor(), "first run");
        Map<String, byte[]> previous = gathered(out);

        for (Path t : texts.subList(3, Math.min(texts.size(), 23))) {
            Files.copy(t, in.resolve(t.getFileName()));
        }
        int total = (int) Files.list(in).count();
        Process run = batch(in, out);
        // Kill it once it has finished some new documents but (very likely) not all of them.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (jsons(out).size() < 6 && run.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        run.destroyForcibly().waitFor();
        int kept = jsons(out).size();

        Map<String, byte[]> after = gathered(out);
        previous.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " changed by the killed run"));
        for (Path json : jsons(out)) {
            Compact c = CompactJson.read(Files.readString(json, StandardCharsets.UTF_8));
            Path source = in.resolve(json.getFileName().toString().replaceFirst("\\.json$", ""));
            assertEquals(Hashes.sha256(Files.readAllBytes(source)), c.source().sha256(), json.toString());
        }

        Process resumed = batch(in, out);
        String summary = new String(resumed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, resumed.waitFor(), summary);
        assertTrue(summary.contains((total - kept) + " parsed, " + kept + " up to date"), summary);
        List<String> lines = Files.readAllLines(out.resolve(BatchSink.ALL_JSONL));
        assertEquals(total, lines.size());
        for (String line : lines) {
            assertTrue(JSON.readTree(line).has("schemaVersion"), line);
        }
        assertEquals(total, jsons(out).size());
    }

    private static Process batch(Path in, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-jar", JAR.toString(), "batch", in.toString(), "--out", out.toString(),
                "-t", "1", "-q").redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static List<Path> jsons(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".txt.json")).sorted().toList();
        }
    }

    private static Map<String, byte[]> gathered(Path out) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        for (String name : Stream.concat(Stream.of(BatchSink.ALL_JSONL, BatchSink.ERRORS_JSONL), ItemTables.FILES.stream()).toList()) {
            Path f = out.resolve(name);
            files.put(name, Files.isRegularFile(f) ? Files.readAllBytes(f) : null);
        }
        return files;
    }
}
