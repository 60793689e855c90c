package io.github.compactkit.corpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.compactkit.corpus.Corpus;
import io.github.compactkit.corpus.GoldAnnotation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java scorer gives the numbers {@code score.py} gives. {@code parity/expected.json} lists
 * "parsed" documents derived from each gold (perfect, and damaged: items dropped, reworded, split,
 * merged, parties flipped, leads, dates and sections changed, quantities altered and invented,
 * glossary entries dropped and invented, title and area changed, junk and optional items added)
 * with the output of {@code score.py --json} for each ({@code corpus/tools/make_parity_cases.py}).
 * Some are scored against an edited copy of a gold kept next to them ({@code NAME.edited.gold.json}:
 * alternative target dates, a complete glossary or none, sections, title or area left out), which
 * takes the place of the bundled gold of that name.
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
        JsonNode actual = Scorer.score(parsed, GoldAnnotation.of(goldJson(goldFile)), parsedFile).toJson();
        assertEquals(expected, actual, () -> "score.py says " + expected + "\nJava says    " + actual);
        assertEquals(fieldNames(expected), fieldNames(actual), "the figures in score.py's order");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void damagedParsesScoreLower(String parsedFile, String goldFile, JsonNode expected) {
        // Guards the fixture itself: damage must show, or the parity check proves little.
        if (parsedFile.contains(".damaged") && expected.has("undertakings")) {
            assertTrue(expected.get("undertakings").get("f1").asDouble() < 1.0, parsedFile);
        }
    }

    @Test
    void fixturesShowEveryFigureRightAndWrong() throws IOException {
        // Guards the fixture too: each figure added to score.py must be there, and take its telling values.
        List<JsonNode> compacts = new ArrayList<>();
        for (JsonNode c : read("/parity/expected.json")) {
            JsonNode e = c.get("expected");
            if (!e.has("inventedActionPoints")) {
                assertTrue(e.has("glossary") && e.has("metadata"), () -> c.get("parsed") + " lacks the figures of today's score.py");
                assertEquals(e.has("quantitiesRecall"), e.has("quantities"), c.get("parsed").asText());
                compacts.add(e);
            }
        }
        seen(compacts, "a wrong section", e -> e.has("undertakingSection")
                && e.get("undertakingSection").get("right").asInt() < e.get("undertakingSection").get("of").asInt());
        seen(compacts, "invented quantities", e -> e.path("quantities").path("precision").asDouble(1) < 1);
        seen(compacts, "a quantity found but not matched one-to-one", e -> e.has("quantities")
                && e.get("quantities").get("tp").asInt() < e.get("quantitiesRecall").get("found").asInt());
        seen(compacts, "missed quantities", e -> e.path("quantities").path("recall").asDouble(1) < 1);
        seen(compacts, "glossary P/R/F1 below 1", e -> e.get("glossary").path("f1").asDouble(1) < 1);
        seen(compacts, "glossary P/R/F1 of 1", e -> e.get("glossary").path("f1").asDouble(0) == 1);
        seen(compacts, "a glossary sample not all found", e -> e.get("glossary").has("sampleFound")
                && e.get("glossary").get("sampleFound").asInt() < e.get("glossary").get("sample").asInt());
        seen(compacts, "a gold without glossary", e -> e.get("glossary").isNull());
        for (String field : List.of("title", "area")) {
            seen(compacts, field + " right", e -> e.get("metadata").get(field).asBoolean(false));
            seen(compacts, field + " wrong", e -> e.get("metadata").get(field).isBoolean() && !e.get("metadata").get(field).asBoolean());
            seen(compacts, field + " not in gold", e -> e.get("metadata").get(field).isNull());
        }
    }

    @Test
    void someTargetDatesAreRightOnlyByAnAlternative() throws IOException {
        int decided = 0;
        for (JsonNode c : read("/parity/expected.json")) {
            JsonNode gold = goldJson(c.get("gold").asText());
            ObjectNode plain = gold.deepCopy();
            plain.path("actionPoints").forEach(a -> ((ObjectNode) a).remove("targetEdtfAlternatives"));
            if (plain.equals(gold)) {
                continue;
            }
            JsonNode parsed = read("/parity/" + c.get("parsed").asText());
            int with = Scorer.score(parsed, GoldAnnotation.of(gold), "with").list(Scorecard.ACTION_TARGET_DATE).orElseThrow().truePositives();
            int without = Scorer.score(parsed, GoldAnnotation.of(plain), "without").list(Scorecard.ACTION_TARGET_DATE).orElseThrow().truePositives();
            assertTrue(with >= without, c.get("parsed").asText());
            decided += with > without ? 1 : 0;
        }
        assertTrue(decided > 0, "no fixture has a target date that only an alternative makes right");
    }

    private static void seen(List<JsonNode> expected, String what, Predicate<JsonNode> test) {
        assertFalse(expected.stream().noneMatch(test), "no parity fixture shows " + what);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** An edited gold next to the fixtures, else the bundled gold of that name. */
    private static JsonNode goldJson(String goldFile) throws IOException {
        if (ScorerParityTest.class.getResource("/parity/" + goldFile) != null) {
            return read("/parity/" + goldFile);
        }
        return read("/" + Corpus.ROOT + "gold/" + goldFile);
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = ScorerParityTest.class.getResourceAsStream(resource)) {
            return MAPPER.readTree(in);
        }
    }
}
