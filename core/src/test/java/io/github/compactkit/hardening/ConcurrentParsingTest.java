package io.github.compactkit.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.compactkit.CompactParser;
import io.github.compactkit.Compacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One shared parser, several threads, the same documents in different orders: every result is the
 * JSON a single thread produces. Catches shared mutable state in the stages (caches, matchers).
 */
class ConcurrentParsingTest {
    private static final int THREADS = 4;
    private static final int ROUNDS = 1;

    @Test
    void parsingTheCorpusFromSeveralThreadsGivesIdenticalResults() throws Exception {
        Map<Path, String> expected = new LinkedHashMap<>();
        CompactParser parser = CompactParser.builder().build();
        for (Path file : corpusFiles()) {
            expected.put(file, Compacts.toJson(parser.parse(file)));
        }
        assertFalse(expected.isEmpty(), "no corpus documents found");

        List<Path> files = new ArrayList<>(expected.keySet());
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Map.Entry<Path, String>>> results = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    for (int t = 0; t < THREADS; t++) {
                        // Each task walks the corpus from a different starting point.
                        int offset = (round * THREADS + t) % files.size();
                        for (int k = 0; k < files.size(); k++) {
                            Path file = files.get((offset + k) % files.size());
                            results.add(pool.submit(() -> Map.entry(file, Compacts.toJson(parser.parse(file)))));
                        }
                    }
                }
                for (Future<Map.Entry<Path, String>> f : results) {
                    Map.Entry<Path, String> r = f.get();
                    assertEquals(expected.get(r.getKey()), r.getValue(), () -> "different result for " + r.getKey());
                }
            } finally {
                pool.shutdownNow();
            }
        });
    }

    /** The bundled compacts, in every format committed so far (text, and PDF or DOCX renderings). */
    static List<Path> corpusFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("compacts", "pdf", "docx")) {
            Path dir = Path.of("..", "corpus", folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                }
            }
        }
        return files;
    }
}
