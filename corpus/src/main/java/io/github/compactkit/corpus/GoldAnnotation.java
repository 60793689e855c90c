package io.github.compactkit.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A hand annotation of one document ({@code gold/*.gold.json}): what a careful reader finds in it.
 * Absent lists are empty; absent strings are null. A document that is not a compact has
 * {@code documentType} {@code OTHER} and usually nothing else.
 */
public record GoldAnnotation(String file, String title, String area, String documentType,
                             List<Principle> principles, List<Undertaking> undertakings,
                             List<String> optionalUndertakings, List<ActionPoint> actionPoints,
                             List<Quantity> quantities, Glossary glossary, DateInfo date, String notes) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public GoldAnnotation {
        principles = List.copyOf(principles);
        undertakings = List.copyOf(undertakings);
        optionalUndertakings = List.copyOf(optionalUndertakings);
        actionPoints = List.copyOf(actionPoints);
        quantities = List.copyOf(quantities);
    }

    /** A shared principle; {@code name} is set for named principles. */
    public record Principle(String name, String section, String text) {
    }

    /** An undertaking with its party: STATUTORY, VCS or JOINT. */
    public record Undertaking(String party, String section, String text) {
    }

    /** An action point; {@code targetEdtf} is null for "Ongoing" and the like. */
    public record ActionPoint(String text, String lead, List<String> leads, String target, String targetEdtf,
                              String section) {
        public ActionPoint {
            leads = List.copyOf(leads);
        }
    }

    /** A quantified promise, annotated on the undertaking whose {@code text} carries it. */
    public record Quantity(String party, String section, int value, String unit, String topic, String text) {
    }

    /** How many glossary entries the document has, and some (or all) of them. */
    public record Glossary(int count, Map<String, String> sample) {
        public Glossary {
            sample = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sample));
        }
    }

    /** The document's date as written, as EDTF, and its draft/final status. */
    public record DateInfo(String text, String edtf, String status) {
    }

    /** Reads a gold file; the stream is not closed. */
    public static GoldAnnotation read(InputStream in) throws IOException {
        return of(MAPPER.readTree(in));
    }

    /** Parses gold JSON text. */
    public static GoldAnnotation parse(String json) {
        try {
            return of(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the annotation from a JSON tree. */
    public static GoldAnnotation of(JsonNode n) {
        Glossary glossary = null;
        JsonNode g = n.path("glossary");
        if (g.isObject()) {
            Map<String, String> sample = new LinkedHashMap<>();
            g.path("sample").fields().forEachRemaining(e -> sample.put(e.getKey(), e.getValue().asText()));
            glossary = new Glossary(g.path("count").asInt(sample.size()), sample);
        }
        JsonNode d = n.path("date");
        DateInfo date = d.isObject() ? new DateInfo(text(d, "text"), text(d, "edtf"), text(d, "status")) : null;
        List<String> optional = new ArrayList<>();
        n.path("optionalUndertakings").forEach(t -> optional.add(t.asText()));
        return new GoldAnnotation(text(n, "file"), text(n, "title"), text(n, "area"), text(n, "documentType"),
                list(n, "principles", p -> new Principle(text(p, "name"), text(p, "section"), text(p, "text"))),
                list(n, "undertakings", u -> new Undertaking(text(u, "party"), text(u, "section"), text(u, "text"))),
                optional,
                list(n, "actionPoints", a -> new ActionPoint(text(a, "text"), text(a, "lead"), strings(a.path("leads")),
                        text(a, "target"), text(a, "targetEdtf"), text(a, "section"))),
                list(n, "quantities", q -> new Quantity(text(q, "party"), text(q, "section"), q.path("value").asInt(),
                        text(q, "unit"), text(q, "topic"), text(q, "text"))),
                glossary, date, text(n, "notes"));
    }

    /** Whether the annotated document is a compact (not {@code OTHER}). */
    public boolean isCompact() {
        return !"OTHER".equals(documentType);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static <T> List<T> list(JsonNode n, String field, Function<JsonNode, T> item) {
        List<T> out = new ArrayList<>();
        n.path(field).forEach(v -> out.add(item.apply(v)));
        return out;
    }
}
