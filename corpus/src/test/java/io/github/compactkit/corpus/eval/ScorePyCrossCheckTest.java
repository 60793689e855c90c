package io.github.compactkit.corpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compactkit.Compacts;
import io.github.compactkit.corpus.Corpus;
import io.github.compactkit.corpus.CorpusDocument;
import io.github.compactkit.corpus.GoldAnnotation;
import io.github.compactkit.model.Compact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On today's parser output, the Java scorer and {@code corpus/tools/score.py} print the same
 * figures. Runs only where {@code python3} is installed; the fixed fixtures of
 * {@link ScorerParityTest} hold everywhere.
 */
class ScorePyCrossCheckTest {
    private static final Path SCORE_PY = Path.of("tools", "score.py");

    static Stream<String> annotated() {
        return Corpus.bundled().annotated().stream().map(CorpusDocument::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("annotated")
    void javaAndPythonAgreeOnTheLiveParse(String name, @TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(SCORE_PY) && pythonAvailable(), "python3 not available");
        CorpusDocument doc = Corpus.bundled().find(name).orElseThrow();
        GoldAnnotation gold = doc.gold().orElseThrow();
        Compact parsed = Compacts.parse(doc.copyTo(dir));
        Path parsedJson = Files.writeString(dir.resolve(name + ".parsed.json"), Compacts.toJson(parsed), StandardCharsets.UTF_8);
        Path goldJson = dir.resolve(name + ".gold.json");
        Files.write(goldJson, goldBytes(doc));
        Process p = new ProcessBuilder("python3", SCORE_PY.toString(), parsedJson.toString(), goldJson.toString(), "--json")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        JsonNode python = new ObjectMapper().readTree(out);
        assertEquals(python, Scorer.score(parsed, gold).toJson());
    }

    private static byte[] goldBytes(CorpusDocument doc) throws IOException {
        try (var in = ScorePyCrossCheckTest.class.getClassLoader().getResourceAsStream(doc.goldResource())) {
            return in.readAllBytes();
        }
    }

    private static boolean pythonAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
