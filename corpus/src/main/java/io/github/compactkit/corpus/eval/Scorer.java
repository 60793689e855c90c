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
 *       target date, which may equal the gold's or one of its {@code targetEdtfAlternatives};</li>
 *   <li>matched undertakings whose gold has a section are checked for it (as joined tokens);</li>
 *   <li>a gold quantity is found when a predicted undertaking with a similar text carries the same
 *       value and unit; predicted quantities are also matched one-to-one on text, value and unit,
 *       so that invented ones count against precision;</li>
 *   <li>the glossary is scored on term and definition when the gold gives all of it, else against
 *       the gold's count and sample ({@link GlossaryScore});</li>
 *   <li>the title must be similar to the gold's, the area equal as joined tokens.</li>
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
                PythonValues.string(predictedType), gold.documentType(),
                PythonValues.equal(predictedType, gold.documentType()));
        if ("OTHER".equals(gold.documentType())) {
            int invented = 0;
            for (JsonNode a : parsed.path("actionPoints")) {
                if (PythonValues.truthy(a.get("lead")) && PythonValues.truthy(a.get("targetDate"))) {
                    invented++;
                }
            }
            return new Scorecard(document, type, invented, Map.of(), null, null, null, null);
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
            if (TextSimilarity.normalized(PythonValues.string(pa.get("lead"))).equals(TextSimilarity.normalized(g.lead()))) {
                leads++;
            }
            if (targetDateRight(pa.get("targetDate"), g)) {
                dates++;
            }
        }
        lists.put(Scorecard.ACTION_POINTS, ListScore.of(ap.size(), a.size(), ga.size()));
        lists.put(Scorecard.ACTION_LEAD, ListScore.of(leads, a.size(), ga.size()));
        lists.put(Scorecard.ACTION_TARGET_DATE, ListScore.of(dates, a.size(), ga.size()));

        Scorecard.SectionCheck section = sectionCheck(u, gu, pairs);

        Scorecard.QuantityRecall quantities = null;
        List<GoldAnnotation.Quantity> gq = gold.quantities();
        if (!gq.isEmpty()) {
            List<PredictedQuantity> pq = predictedQuantities(u);
            quantities = new Scorecard.QuantityRecall(quantitiesFound(pq, gq), gq.size());
            lists.put(Scorecard.QUANTITIES, ListScore.of(matchQuantities(pq, gq).size(), pq.size(), gq.size()));
        }
        GlossaryScore glossary = GlossaryScore.of(items(parsed, "glossary"), gold.glossary());
        return new Scorecard(document, type, null, lists, section, quantities, glossary, metadata(parsed, gold));
    }

    /**
     * score.py: {@code (pred.get('targetDate') or None) in [gold targetEdtf] + (gold targetEdtfAlternatives or [])};
     * a date left out is right when the gold's target (or an alternative) is null.
     */
    static boolean targetDateRight(JsonNode date, GoldAnnotation.ActionPoint gold) {
        List<String> accepted = new ArrayList<>();
        accepted.add(gold.targetEdtf());
        accepted.addAll(gold.targetEdtfAlternatives());
        boolean given = PythonValues.truthy(date);
        return accepted.stream().anyMatch(edtf -> given ? PythonValues.equal(date, edtf) : edtf == null);
    }

    private static Scorecard.SectionCheck sectionCheck(List<JsonNode> undertakings, List<GoldAnnotation.Undertaking> gold,
                                                       List<GreedyMatcher.Pair> pairs) {
        int of = 0;
        int right = 0;
        for (GreedyMatcher.Pair pair : pairs) {
            String goldSection = gold.get(pair.gold()).section();
            // A gold undertaking without a section says nothing about the predicted one's.
            if (goldSection == null || goldSection.isEmpty()) {
                continue;
            }
            of++;
            String predicted = PythonValues.string(undertakings.get(pair.predicted()).get("section"));
            if (TextSimilarity.normalized(predicted).equals(TextSimilarity.normalized(goldSection))) {
                right++;
            }
        }
        // score.py leaves the figure out rather than report 0 of 0.
        return of == 0 ? null : new Scorecard.SectionCheck(right, of);
    }

    /** A quantity on a predicted undertaking, with that undertaking's text (as score.py's PQ). */
    private record PredictedQuantity(List<String> tokens, JsonNode value, JsonNode unit) {
        boolean sameValueAndUnit(GoldAnnotation.Quantity g) {
            return PythonValues.equalNumber(value, g.value()) && PythonValues.equal(unit, g.unit());
        }
    }

    private static List<PredictedQuantity> predictedQuantities(List<JsonNode> undertakings) {
        List<PredictedQuantity> predicted = new ArrayList<>();
        for (JsonNode u : undertakings) {
            List<String> tokens = TextSimilarity.tokens(text(u));
            for (JsonNode q : u.path("quantities")) {
                predicted.add(new PredictedQuantity(tokens, q.get("value"), q.get("unit")));
            }
        }
        return predicted;
    }

    private static int quantitiesFound(List<PredictedQuantity> predicted, List<GoldAnnotation.Quantity> gold) {
        int hits = 0;
        for (GoldAnnotation.Quantity g : gold) {
            List<String> goldTokens = TextSimilarity.tokens(g.text());
            boolean found = predicted.stream().anyMatch(p ->
                    TextSimilarity.similarity(p.tokens(), goldTokens) >= TextSimilarity.THRESHOLD && p.sameValueAndUnit(g));
            if (found) {
                hits++;
            }
        }
        return hits;
    }

    /** score.py's match with the key (text, value, unit): value and unit must be equal, then the text scores. */
    private static List<GreedyMatcher.Pair> matchQuantities(List<PredictedQuantity> predicted,
                                                            List<GoldAnnotation.Quantity> gold) {
        List<List<String>> goldTokens = gold.stream().map(q -> TextSimilarity.tokens(q.text())).toList();
        return GreedyMatcher.match(predicted.size(), gold.size(), (i, j) -> predicted.get(i).sameValueAndUnit(gold.get(j))
                ? TextSimilarity.similarity(predicted.get(i).tokens(), goldTokens.get(j)) : 0.0);
    }

    /** Title similar to the gold's, area equal as joined tokens; each null where the gold gives none. */
    private static Scorecard.MetadataCheck metadata(JsonNode parsed, GoldAnnotation gold) {
        Boolean title = isEmpty(gold.title()) ? null
                : TextSimilarity.similarity(PythonValues.string(parsed.get("title")), gold.title()) >= TextSimilarity.THRESHOLD;
        Boolean area = isEmpty(gold.area()) ? null
                : TextSimilarity.normalized(PythonValues.string(parsed.get("area"))).equals(TextSimilarity.normalized(gold.area()));
        return new Scorecard.MetadataCheck(title, area);
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
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
        return PythonValues.string(item.get("text"));
    }
}
