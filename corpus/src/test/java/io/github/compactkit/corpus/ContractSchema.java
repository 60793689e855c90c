package io.github.compactkit.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.compactkit.io.JsonSchemas;
import java.util.List;
import java.util.Map;

/**
 * A shipped schema, ready to validate output with networknt's validator. The shipped schemas let
 * objects gain properties (the contract allows additions); here every object is closed, so output
 * with a property the schema does not describe fails: the schema, and its documentation, stay complete.
 */
final class ContractSchema {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final Schema schema;
    private final JsonNode shipped;

    private ContractSchema(JsonSchemas which) {
        try {
            this.shipped = MAPPER.readTree(which.text());
            JsonNode closed = shipped.deepCopy();
            close(closed);
            this.schema = REGISTRY.getSchema(MAPPER.writeValueAsString(closed), InputFormat.JSON);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + which.resource(), e);
        }
    }

    private static final Map<JsonSchemas, ContractSchema> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    static ContractSchema of(JsonSchemas which) {
        return CACHE.computeIfAbsent(which, ContractSchema::new);
    }

    /** The schema as shipped (open objects). */
    JsonNode shipped() {
        return shipped;
    }

    /** The errors of {@code json} against the closed schema, one line each; empty when it conforms. */
    List<String> errors(String json) {
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }

    private static void close(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.forEach(ContractSchema::close);
        } else if (node.isArray()) {
            node.forEach(ContractSchema::close);
        }
    }
}
