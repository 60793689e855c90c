package io.github.compactkit.compare;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * JSON for comparison results, per the comparison contract ({@code a, b, matches, onlyInA, onlyInB,
 * reuse}); record components are written in declaration order, so output is deterministic.
 */
public final class ComparisonJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // A list missing from older JSON (a field added since) reads as empty, never null.
            .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .build();

    private ComparisonJson() {
    }

    /** A comparison of two compacts as pretty-printed JSON. */
    public static String write(CompactComparison comparison) {
        return writeValue(comparison);
    }

    /** Any result of this package (a corpus matrix, benchmark results) as pretty-printed JSON. */
    public static String writeValue(Object result) {
        try {
            return MAPPER.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a comparison back from JSON written by {@link #write}. */
    public static CompactComparison read(String json) {
        try {
            return MAPPER.readValue(json, CompactComparison.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
