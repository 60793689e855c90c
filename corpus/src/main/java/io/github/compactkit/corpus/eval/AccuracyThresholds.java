package io.github.compactkit.corpus.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compactkit.corpus.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The least each annotated document must score, kept in one place ({@code corpus/gold/thresholds.json},
 * bundled as {@value #RESOURCE}). Per document: a minimum F1 per list name of {@link Scorecard},
 * a minimum {@value #QUANTITIES_RECALL}, a maximum {@value #INVENTED_ACTION_POINTS}; the predicted
 * document type must always equal the gold.
 */
public final class AccuracyThresholds {
    /** The bundled thresholds. */
    public static final String RESOURCE = Corpus.ROOT + "gold/thresholds.json";
    /** Key of the minimum share of gold quantities found. */
    public static final String QUANTITIES_RECALL = "quantitiesRecall";
    /** Key of the most invented action points allowed on a document that is not a compact. */
    public static final String INVENTED_ACTION_POINTS = "inventedActionPoints";

    private final Map<String, Map<String, Double>> byDocument;

    private AccuracyThresholds(Map<String, Map<String, Double>> byDocument) {
        this.byDocument = byDocument;
    }

    /** The thresholds bundled with the corpus. */
    public static AccuracyThresholds bundled() {
        try (InputStream in = AccuracyThresholds.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            // A document named twice would silently keep only its last line: refuse it.
            return of(new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Thresholds from their JSON form: {@code {"documents": {"name": {"principles": 0.95, …}}}}. */
    public static AccuracyThresholds of(JsonNode json) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        json.path("documents").fields().forEachRemaining(doc -> {
            Map<String, Double> limits = new LinkedHashMap<>();
            doc.getValue().fields().forEachRemaining(e -> limits.put(e.getKey(), e.getValue().asDouble()));
            out.put(doc.getKey(), Collections.unmodifiableMap(limits));
        });
        return new AccuracyThresholds(Collections.unmodifiableMap(out));
    }

    /** Whether the document has an entry. */
    public boolean covers(String document) {
        return byDocument.containsKey(document);
    }

    /** The limits of one document (empty when it has none). */
    public Map<String, Double> limits(String document) {
        return byDocument.getOrDefault(document, Map.of());
    }

    /** What falls short, one line each ("westminster: principles F1 0.9000 < 0.95"); empty when all pass. */
    public List<String> violations(String document, Scorecard card) {
        List<String> out = new ArrayList<>();
        if (!covers(document)) {
            out.add(document + ": no thresholds in " + RESOURCE);
            return out;
        }
        if (!card.documentType().ok()) {
            out.add(String.format(Locale.ROOT, "%s: documentType %s, gold %s", document,
                    card.documentType().predicted(), card.documentType().gold()));
        }
        limits(document).forEach((metric, limit) -> {
            if (metric.equals(INVENTED_ACTION_POINTS)) {
                int invented = card.inventedActionPoints() == null ? 0 : card.inventedActionPoints();
                if (invented > limit) {
                    out.add(String.format(Locale.ROOT, "%s: %d invented action points > %.0f", document, invented, limit));
                }
            } else if (metric.equals(QUANTITIES_RECALL)) {
                Scorecard.QuantityRecall q = card.quantities();
                double recall = q == null ? 1.0 : q.recall();
                if (recall < limit) {
                    out.add(String.format(Locale.ROOT, "%s: quantities found %d/%d (%.4f) < %.4f", document,
                            q.found(), q.gold(), recall, limit));
                }
            } else {
                ListScore s = card.lists().get(metric);
                if (s == null) {
                    out.add(document + ": no score for " + metric);
                } else if (s.f1() < limit) {
                    out.add(String.format(Locale.ROOT, "%s: %s F1 %.4f < %.4f (P %.4f, R %.4f; %d/%d pred, %d gold)",
                            document, metric, s.f1(), limit, s.precision(), s.recall(), s.truePositives(),
                            s.predicted(), s.gold()));
                }
            }
        });
        return out;
    }
}
