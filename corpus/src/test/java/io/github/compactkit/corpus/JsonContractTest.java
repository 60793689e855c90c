package io.github.compactkit.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.Compacts;
import io.github.compactkit.compare.CompactComparison;
import io.github.compactkit.compare.ComparisonJson;
import io.github.compactkit.compare.Comparisons;
import io.github.compactkit.compare.CorpusMatrix;
import io.github.compactkit.compare.MatrixJson;
import io.github.compactkit.io.CompactJson;
import io.github.compactkit.io.JsonSchemas;
import io.github.compactkit.model.Compact;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every output of the bundled corpus conforms to the JSON Schemas shipped in the core jar: each
 * rendering of each document parsed (text, PDF, DOCX and the other formats), the comparison of
 * consecutive compacts, and the matrix of the whole corpus. The schemas' versions are the ones
 * the outputs declare.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsonContractTest {
    @TempDir
    Path dir;

    private final Map<String, Compact> parsed = new LinkedHashMap<>();

    @BeforeAll
    void parseEveryRendering(@TempDir Path tmp) throws IOException, CompactParseException {
        for (CorpusDocument doc : Corpus.bundled().documents()) {
            for (Rendering r : doc.renderings()) {
                parsed.put(r.fileName(), Compacts.parse(r.copyTo(tmp.resolve(r.mediaType().replaceAll("\\W", "_")))));
            }
        }
    }

    Stream<Arguments> renderings() {
        return parsed.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everyParsedRenderingConformsToTheCompactSchema(String file, Compact compact) {
        List<String> errors = ContractSchema.of(JsonSchemas.COMPACT).errors(CompactJson.write(compact));
        assertTrue(errors.isEmpty(), file + ": " + errors);
    }

    @Test
    void theCorpusHasEveryFormat() {
        List<String> kinds = parsed.keySet().stream().map(f -> f.substring(f.lastIndexOf('.') + 1)).distinct().sorted().toList();
        assertEquals(List.of("doc", "docx", "html", "odt", "pdf", "rtf", "txt"), kinds);
    }

    @Test
    void comparisonsOfConsecutiveCompactsConformToTheComparisonSchema() {
        List<Compact> texts = texts();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i + 1 < texts.size(); i++) {
            CompactComparison c = Comparisons.compare(texts.get(i), texts.get(i + 1));
            List<String> errors = ContractSchema.of(JsonSchemas.COMPARISON).errors(ComparisonJson.write(c));
            if (!errors.isEmpty()) {
                failures.add(c.a().file() + " vs " + c.b().file() + ": " + errors);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theMatrixOfTheCorpusConformsToTheMatrixSchema() {
        CorpusMatrix matrix = Comparisons.matrix(texts());
        List<String> errors = ContractSchema.of(JsonSchemas.MATRIX).errors(MatrixJson.write(matrix));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void outputsDeclareTheVersionOfTheirSchema() {
        assertEquals(Compact.SCHEMA_VERSION, constVersion(JsonSchemas.COMPACT));
        assertEquals(CompactComparison.SCHEMA_VERSION, constVersion(JsonSchemas.COMPARISON));
        assertEquals(CorpusMatrix.SCHEMA_VERSION, constVersion(JsonSchemas.MATRIX));
        for (JsonSchemas s : JsonSchemas.values()) {
            String id = ContractSchema.of(s).shipped().path("$id").asText();
            assertTrue(id.endsWith(":" + constVersion(s)), s + " $id " + id + " names another version");
            assertEquals("https://json-schema.org/draft/2020-12/schema", ContractSchema.of(s).shipped().path("$schema").asText());
        }
    }

    @Test
    void theSchemasRejectWhatTheContractForbids() {
        Compact westminster = parsed.get("westminster.txt");
        String json = CompactJson.write(westminster);
        ContractSchema schema = ContractSchema.of(JsonSchemas.COMPACT);
        assertTrue(schema.errors(json).isEmpty());
        assertFalse(schema.errors(json.replaceFirst("\"party\" : \"STATUTORY\"", "\"party\" : \"COUNCIL\"")).isEmpty(), "an unknown party");
        assertFalse(schema.errors(json.replaceFirst("\"schemaVersion\" : \"1\"", "\"schemaVersion\" : \"2\"")).isEmpty(), "another version");
        assertFalse(schema.errors(json.replaceFirst("\"targetDate\" : \"2006-06\"", "\"targetDate\" : \"June 2006\"")).isEmpty(), "a date not in EDTF");
        assertFalse(schema.errors(json.replaceFirst("\"warnings\" :", "\"surprise\" : 1, \"warnings\" :")).isEmpty(),
                "a property the schema does not describe");
        assertFalse(schema.errors(json.replaceFirst("\"undertakings\" :", "\"undertaking\" :")).isEmpty(), "a missing list");
    }

    private static String constVersion(JsonSchemas s) {
        return ContractSchema.of(s).shipped().path("properties").path("schemaVersion").path("const").asText();
    }

    private List<Compact> texts() {
        return parsed.entrySet().stream().filter(e -> e.getKey().endsWith(".txt")).map(Map.Entry::getValue).toList();
    }
}
