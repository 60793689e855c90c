package io.github.compactkit.corpus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.compactkit.corpus.GoldAnnotation;
import io.github.compactkit.io.CompactJson;
import io.github.compactkit.model.Compact;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a parse against gold with exactly the rule of {@code corpus/tools/score.py}, so the Java
 * and Python figures agree to 4 decimals:
 * <ul>
 *   <li>items match one-to-one, best first, on {@link TextSimilarity} ≥ 0.85 ({@link GreedyMatcher});</li>
 *   <li>undertakings are scored on text, then on text plus party; predicted undertakings left over
 *       that match a gold optional undertaking count neither way;</li>
 *   <li>matched action points are checked for the lead (compared as joined tokens) and the EDTF
 *       target date;</li>
 *   <li>a gold quantity is found when a predicted undertaking with a similar text carries the same
 *       value and unit.</li>
 * </ul>
 * The parse is read as the JSON of the contract, the same input {@code score.py} reads.
 */
public final class Scorer {

    private Scorer() {
    }

    /** Scores a parsed model. */
    public static Scorecard score(Compact parsed, GoldAnnotation gold) {
        JsonNode json = CompactJson.mapper().valueToTree(parsed);
        String name = parsed.source() == null ? gold.file() : parsed.source().file();
        return score(json, gold, name);
    }

    /** Scores a parse given as contract JSON (what {@code parse --format json} prints). */
    public static Scorecard score(JsonNode parsed, GoldAnnotation gold, String document) {
        JsonNode predictedType = parsed.get("documentType");
        Scorecard.DocumentTypeCheck type = new Scorecard.DocumentTypeCheck(
                isNull(predictedType) ? null : predictedType.asText(), gold.documentType(),
                PythonValues.equal(predictedType, gold.documentType()));
        if ("OTHER".equals(gold.documentType())) {
            int invented = 0;
            for (JsonNode a : parsed.path("actionPoints")) {
                if (PythonValues.truthy(a.get("lead")) && PythonValues.truthy(a.get("targetDate"))) {
                    invented++;
                }
            }
            return new Scorecard(document, type, invented, Map.of(), null);
        }
        Map<String, ListScore> lists = new LinkedHashMap<>();

        List<JsonNode> p = items(parsed, "principles");
        List<String> gp = gold.principles().stream().map(GoldAnnotation.Principle::text).toList();
        lists.put(Scorecard.PRINCIPLES, ListScore.of(GreedyMatcher.match(texts(p), gp).size(), p.size(), gp.size()));

        List<JsonNode> u = items(parsed, "undertakings");
        List<GoldAnnotation.Undertaking> gu = gold.undertakings();
        List<GreedyMatcher.Pair> pairs = GreedyMatcher.match(texts(u),
                gu.stream().map(GoldAnnotation.Undertaking::text).toList());
        Set<Integer> matched = new HashSet<>();
        pairs.forEach(pair -> matched.add(pair.predicted()));
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < u.size(); i++) {
            if (!matched.contains(i)) {
                rest.add(text(u.get(i)));
            }
        }
        int optionalHits = GreedyMatcher.match(rest, gold.optionalUndertakings()).size();
        int npred = u.size() - optionalHits;
        int withParty = (int) pairs.stream()
                .filter(pair -> PythonValues.equal(u.get(pair.predicted()).get("party"), gu.get(pair.gold()).party()))
                .count();
        lists.put(Scorecard.UNDERTAKINGS, ListScore.of(pairs.size(), npred, gu.size()));
        lists.put(Scorecard.UNDERTAKINGS_WITH_PARTY, ListScore.of(withParty, npred, gu.size()));

        List<JsonNode> a = items(parsed, "actionPoints");
        List<GoldAnnotation.ActionPoint> ga = gold.actionPoints();
        List<GreedyMatcher.Pair> ap = GreedyMatcher.match(texts(a),
                ga.stream().map(GoldAnnotation.ActionPoint::text).toList());
        int leads = 0;
        int dates = 0;
        for (GreedyMatcher.Pair pair : ap) {
            JsonNode pa = a.get(pair.predicted());
            GoldAnnotation.ActionPoint g = ga.get(pair.gold());
            if (TextSimilarity.normalized(stringOrNull(pa.get("lead"))).equals(TextSimilarity.normalized(g.lead()))) {
                leads++;
            }
            // score.py: (pred.get('targetDate') or None) == gold.get('targetEdtf')
            JsonNode date = pa.get("targetDate");
            if (PythonValues.truthy(date) ? PythonValues.equal(date, g.targetEdtf()) : g.targetEdtf() == null) {
                dates++;
            }
        }
        lists.put(Scorecard.ACTION_POINTS, ListScore.of(ap.size(), a.size(), ga.size()));
        lists.put(Scorecard.ACTION_LEAD, ListScore.of(leads, a.size(), ga.size()));
        lists.put(Scorecard.ACTION_TARGET_DATE, ListScore.of(dates, a.size(), ga.size()));

        Scorecard.QuantityRecall quantities = null;
        if (!gold.quantities().isEmpty()) {
            quantities = new Scorecard.QuantityRecall(quantitiesFound(u, gold.quantities()), gold.quantities().size());
        }
        return new Scorecard(document, type, null, lists, quantities);
    }

    private static int quantitiesFound(List<JsonNode> undertakings, List<GoldAnnotation.Quantity> gold) {
        record Predicted(List<String> tokens, JsonNode value, JsonNode unit) {
        }
        List<Predicted> predicted = new ArrayList<>();
        for (JsonNode u : undertakings) {
            List<String> tokens = TextSimilarity.tokens(text(u));
            for (JsonNode q : u.path("quantities")) {
                predicted.add(new Predicted(tokens, q.get("value"), q.get("unit")));
            }
        }
        int hits = 0;
        for (GoldAnnotation.Quantity g : gold) {
            List<String> goldTokens = TextSimilarity.tokens(g.text());
            boolean found = predicted.stream().anyMatch(p ->
                    TextSimilarity.similarity(p.tokens(), goldTokens) >= TextSimilarity.THRESHOLD
                            && PythonValues.equalNumber(p.value(), g.value())
                            && PythonValues.equal(p.unit(), g.unit()));
            if (found) {
                hits++;
            }
        }
        return hits;
    }

    private static List<JsonNode> items(JsonNode parsed, String field) {
        List<JsonNode> out = new ArrayList<>();
        // score.py: parsed.get(field) or []
        parsed.path(field).forEach(out::add);
        return out;
    }

    private static List<String> texts(List<JsonNode> items) {
        return items.stream().map(Scorer::text).toList();
    }

    private static String text(JsonNode item) {
        return stringOrNull(item.get("text"));
    }

    private static String stringOrNull(JsonNode n) {
        return isNull(n) ? null : n.asText();
    }

    private static boolean isNull(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }
}
