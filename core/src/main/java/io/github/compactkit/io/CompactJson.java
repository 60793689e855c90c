package io.github.compactkit.io;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.compactkit.model.Compact;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * JSON for the model through Jackson. Record components are written in declaration order, so the
 * same model always gives the same bytes; reading back gives an equal model.
 */
public final class CompactJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // A list missing from older JSON (a field added since) reads as empty, never null.
            .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .build();

    private CompactJson() {
    }

    /** The shared mapper, configured for the model. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The compact as pretty-printed JSON. */
    public static String write(Compact compact) {
        try {
            return MAPPER.writeValueAsString(compact);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a compact back from JSON written by {@link #write}. */
    public static Compact read(String json) {
        try {
            return MAPPER.readValue(json, Compact.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
