package io.github.compactkit.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
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

    /**
     * An action point; {@code targetEdtf} is null for "Ongoing" and the like. {@code targetEdtfAlternatives}
     * are other forms of the target equally right (a null among them: no date is right too).
     */
    public record ActionPoint(String text, String lead, List<String> leads, String target, String targetEdtf,
                              String section, List<String> targetEdtfAlternatives) {
        public ActionPoint {
            leads = List.copyOf(leads);
            // Not List.copyOf: a null alternative is meaningful.
            targetEdtfAlternatives = Collections.unmodifiableList(new ArrayList<>(targetEdtfAlternatives));
        }

        /** An action point with no alternative target forms. */
        public ActionPoint(String text, String lead, List<String> leads, String target, String targetEdtf, String section) {
            this(text, lead, leads, target, targetEdtf, section, List.of());
        }
    }

    /** A quantified promise, annotated on the undertaking whose {@code text} carries it. */
    public record Quantity(String party, String section, int value, String unit, String topic, String text) {
    }

    /**
     * The glossary as annotated: either every entry ({@code entries}, written in the gold as
     * {@code {term: definition}} or as a list of {@code {term, definition}}), or how many entries the
     * document has and some of them ({@code {count, sample}}; then {@code entries} is null). For a
     * complete glossary {@code count} is the number of entries and {@code sample} holds them all.
     *
     * @param count   the number of entries; null when a {@code {count, sample}} gold gives no whole number
     * @param sample  term to definition (a definition is null where the gold has null)
     * @param entries every entry in gold order, or null when the gold gives a sample only
     */
    public record Glossary(Integer count, Map<String, String> sample, List<Entry> entries) {
        public Glossary {
            sample = Collections.unmodifiableMap(new LinkedHashMap<>(sample));
            entries = entries == null ? null : List.copyOf(entries);
        }

        /** A glossary known only by its size and a sample. */
        public Glossary(Integer count, Map<String, String> sample) {
            this(count, sample, null);
        }

        /** Whether the gold gives every entry, so that precision and recall can be scored. */
        public boolean complete() {
            return entries != null;
        }

        /** One defined term; either part may be null. */
        public record Entry(String term, String definition) {
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
        Glossary glossary = glossary(n.path("glossary"));
        JsonNode d = n.path("date");
        DateInfo date = d.isObject() ? new DateInfo(text(d, "text"), text(d, "edtf"), text(d, "status")) : null;
        List<String> optional = new ArrayList<>();
        n.path("optionalUndertakings").forEach(t -> optional.add(t.asText()));
        return new GoldAnnotation(text(n, "file"), text(n, "title"), text(n, "area"), text(n, "documentType"),
                list(n, "principles", p -> new Principle(text(p, "name"), text(p, "section"), text(p, "text"))),
                list(n, "undertakings", u -> new Undertaking(text(u, "party"), text(u, "section"), text(u, "text"))),
                optional,
                list(n, "actionPoints", a -> new ActionPoint(text(a, "text"), text(a, "lead"), strings(a.path("leads")),
                        text(a, "target"), text(a, "targetEdtf"), text(a, "section"),
                        nullableStrings(a.path("targetEdtfAlternatives")))),
                list(n, "quantities", q -> new Quantity(text(q, "party"), text(q, "section"), q.path("value").asInt(),
                        text(q, "unit"), text(q, "topic"), text(q, "text"))),
                glossary, date, text(n, "notes"));
    }

    /** Whether the annotated document is a compact (not {@code OTHER}). */
    public boolean isCompact() {
        return !"OTHER".equals(documentType);
    }

    /** The three forms score.py's score_glossary reads, told apart as it does; null for anything else. */
    private static Glossary glossary(JsonNode g) {
        List<Glossary.Entry> entries = new ArrayList<>();
        if (g.isObject() && !g.has("count")) {
            g.fields().forEachRemaining(e -> entries.add(new Glossary.Entry(e.getKey(), nullableText(e.getValue()))));
        } else if (g.isArray()) {
            g.forEach(e -> entries.add(new Glossary.Entry(text(e, "term"), text(e, "definition"))));
        } else if (g.isObject()) {
            Map<String, String> sample = new LinkedHashMap<>();
            g.path("sample").fields().forEachRemaining(e -> sample.put(e.getKey(), nullableText(e.getValue())));
            JsonNode count = g.get("count");
            return new Glossary(count.canConvertToInt() && count.isIntegralNumber() ? count.intValue() : null, sample);
        } else {
            return null;
        }
        Map<String, String> all = new LinkedHashMap<>();
        entries.forEach(e -> all.put(e.term(), e.definition()));
        return new Glossary(entries.size(), all, entries);
    }

    private static String nullableText(JsonNode v) {
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> nullableStrings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(nullableText(v)));
        return out;
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
