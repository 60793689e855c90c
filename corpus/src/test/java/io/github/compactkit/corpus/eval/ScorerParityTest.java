package io.github.compactkit.corpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compactkit.corpus.Corpus;
import io.github.compactkit.corpus.GoldAnnotation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java scorer gives the numbers {@code score.py} gives. {@code parity/expected.json} lists
 * "parsed" documents derived from each gold (perfect, and damaged: items dropped, reworded, split,
 * merged, parties flipped, leads and dates changed, junk and optional items added) with the output
 * of {@code score.py --json} for each ({@code corpus/tools/make_parity_cases.py}).
 */
class ScorerParityTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode c : read("/parity/expected.json")) {
            out.add(Arguments.of(c.get("parsed").asText(), c.get("gold").asText(), c.get("expected")));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameFiguresAsScorePy(String parsedFile, String goldFile, JsonNode expected) throws IOException {
        JsonNode parsed = read("/parity/" + parsedFile);
        GoldAnnotation gold;
        try (InputStream in = getClass().getResourceAsStream("/" + Corpus.ROOT + "gold/" + goldFile)) {
            gold = GoldAnnotation.read(in);
        }
        JsonNode actual = Scorer.score(parsed, gold, parsedFile).toJson();
        assertEquals(expected, actual, () -> "score.py says " + expected + "\nJava says    " + actual);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void damagedParsesScoreLower(String parsedFile, String goldFile, JsonNode expected) {
        // Guards the fixture itself: damage must show, or the parity check proves little.
        if (parsedFile.contains(".damaged") && expected.has("undertakings")) {
            assertTrue(expected.get("undertakings").get("f1").asDouble() < 1.0, parsedFile);
        }
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = ScorerParityTest.class.getResourceAsStream(resource)) {
            return MAPPER.readTree(in);
        }
    }
}
