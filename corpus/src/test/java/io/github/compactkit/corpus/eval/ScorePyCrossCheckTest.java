package io.github.compactkit.corpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On today's parser output, the Java scorer and {@code corpus/tools/score.py} print the same
 * figures, in the same order: the lists, the sections of matched undertakings, quantities found and
 * matched one-to-one, the glossary and the title and area checks. Runs only where {@code python3}
 * is installed; the fixed fixtures of {@link ScorerParityTest} hold everywhere.
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
        if (gold.isCompact()) {
            // An older score.py would agree with an older Java scorer; both must report these.
            for (String figure : List.of("glossary", "metadata")) {
                assertTrue(python.has(figure), "score.py does not report " + figure + ": " + out);
            }
            assertEquals(!gold.quantities().isEmpty(), python.has("quantities"), out);
        }
        JsonNode java = Scorer.score(parsed, gold).toJson();
        assertEquals(fieldNames(python), fieldNames(java), "the figures reported, in order");
        python.fields().forEachRemaining(f -> assertEquals(f.getValue(), java.get(f.getKey()), name + ": " + f.getKey()));
        assertEquals(python, java);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
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
