package io.github.compactkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.compactkit.io.CompactJson;
import io.github.compactkit.model.Compact;

/**
 * What a JSON file given in place of a compact is, told from its fields: a compact, another output
 * of compactkit (a comparison, a matrix, a report, a batch error list), or something else. A valid
 * file of the wrong kind gets its name, not "damaged".
 */
enum JsonKind {
    COMPACT("a compact"),
    COMPARISON("a comparison written by 'compare --format json'"),
    MATRIX("a corpus matrix (matrix.json) written by 'matrix' or 'demo'"),
    REPORT("a report's data (report.json) written by 'matrix' or 'demo'"),
    OTHER("JSON that is not a compact written by compactkit");

    private final String description;

    JsonKind(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    /** The kind of a parsed JSON tree. */
    static JsonKind of(JsonNode root) {
        if (!root.isObject()) {
            return OTHER;
        }
        if (root.has("matches") && root.has("onlyInA")) {
            return COMPARISON;
        }
        if (root.has("similarity") && root.has("compacts")) {
            return MATRIX;
        }
        if (root.has("heatmaps")) {
            return REPORT;
        }
        if (root.has("schemaVersion") && root.has("source") && root.has("undertakings")) {
            return COMPACT;
        }
        return OTHER;
    }

    /** Whether a compact's schemaVersion is one this build reads. */
    static boolean readable(JsonNode root) {
        return Compact.SCHEMA_VERSION.equals(root.path("schemaVersion").asText());
    }

    /** Parses JSON text (Jackson's errors as they are: the caller reports them). */
    static JsonNode tree(String json) throws com.fasterxml.jackson.core.JsonProcessingException {
        return CompactJson.mapper().readTree(json);
    }
}
