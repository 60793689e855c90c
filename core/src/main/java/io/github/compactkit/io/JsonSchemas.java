package io.github.compactkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of what compactkit writes, shipped in this jar: a compact
 * ({@link io.github.compactkit.model.Compact}), a comparison of two compacts and a corpus matrix.
 * Each output's {@code schemaVersion} is the version of its schema; docs/json-contract.md explains
 * every field.
 */
public enum JsonSchemas {
    /** One parsed compact: {@code parse --format json}, {@code batch}, {@link CompactJson}. */
    COMPACT("compact.schema.json"),
    /** Two compacts aligned: {@code compare A B --format json}, {@code ComparisonJson}. */
    COMPARISON("comparison.schema.json"),
    /** A corpus compared: {@code matrix.json}, {@code MatrixJson}. */
    MATRIX("matrix.schema.json");

    private static final String FOLDER = "io/github/compactkit/schema/";

    private final String fileName;

    JsonSchemas(String fileName) {
        this.fileName = fileName;
    }

    /** The class-path resource, e.g. {@code io/github/compactkit/schema/compact.schema.json}. */
    public String resource() {
        return FOLDER + fileName;
    }

    /** The schema's text. */
    public String text() {
        try (InputStream in = JsonSchemas.class.getClassLoader().getResourceAsStream(resource())) {
            if (in == null) {
                throw new IllegalStateException(resource() + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
