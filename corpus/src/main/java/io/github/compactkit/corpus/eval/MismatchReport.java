package io.github.compactkit.corpus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.compactkit.corpus.GoldAnnotation;
import io.github.compactkit.io.CompactJson;
import io.github.compactkit.model.Compact;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * What a {@link Scorecard} counts, item by item: gold items the parse missed, predicted items that
 * match nothing, and matched items with the wrong party, lead or date. Matching is the scorer's
 * (same similarity, same greedy order), so the lines add up to its figures.
 */
public final class MismatchReport {
    private static final int WIDTH = 160;

    private MismatchReport() {
    }

    /** The report for a parsed model. */
    public static String of(Compact parsed, GoldAnnotation gold) {
        return of(CompactJson.mapper().valueToTree(parsed), gold);
    }

    /** The report for a parse given as contract JSON. */
    public static String of(JsonNode parsed, GoldAnnotation gold) {
        StringBuilder sb = new StringBuilder();
        if (!gold.isCompact()) {
            for (JsonNode a : parsed.path("actionPoints")) {
                if (PythonValues.truthy(a.get("lead")) && PythonValues.truthy(a.get("targetDate"))) {
                    line(sb, "INVENTED action", a.path("section").asText(""), a.path("text").asText(""));
                }
            }
            return sb.toString();
        }
        List<JsonNode> p = items(parsed, "principles");
        compare(sb, "principle", p, gold.principles(), GoldAnnotation.Principle::text, GoldAnnotation.Principle::section,
                (pred, g) -> null, true);
        List<JsonNode> u = items(parsed, "undertakings");
        List<Integer> unmatched = compare(sb, "undertaking", u, gold.undertakings(), GoldAnnotation.Undertaking::text,
                GoldAnnotation.Undertaking::section,
                (pred, g) -> PythonValues.equal(pred.get("party"), g.party()) ? null
                        : "party " + pred.path("party").asText("null") + ", gold " + g.party(), false);
        List<String> rest = unmatched.stream().map(i -> u.get(i).path("text").asText("")).toList();
        Set<Integer> optional = new HashSet<>();
        for (GreedyMatcher.Pair pair : GreedyMatcher.match(rest, gold.optionalUndertakings())) {
            optional.add(pair.predicted());
        }
        // Extras are listed after the optional ones are taken out, as the scorer counts them.
        for (int k = 0; k < rest.size(); k++) {
            JsonNode item = u.get(unmatched.get(k));
            String what = optional.contains(k) ? "optional (not counted)" : "EXTRA undertaking";
            line(sb, what, item.path("section").asText(""), item.path("party").asText("") + " " + rest.get(k));
        }
        List<JsonNode> a = items(parsed, "actionPoints");
        compare(sb, "action", a, gold.actionPoints(), GoldAnnotation.ActionPoint::text, GoldAnnotation.ActionPoint::section,
                (pred, g) -> {
                    List<String> wrong = new ArrayList<>();
                    String lead = pred.hasNonNull("lead") ? pred.get("lead").asText() : null;
                    if (!TextSimilarity.normalized(lead).equals(TextSimilarity.normalized(g.lead()))) {
                        wrong.add("lead " + lead + ", gold " + g.lead());
                    }
                    JsonNode date = pred.get("targetDate");
                    if (!Scorer.targetDateRight(date, g)) {
                        wrong.add("targetDate " + (date == null ? null : date.asText()) + ", gold " + g.targetEdtf()
                                + (g.targetEdtfAlternatives().isEmpty() ? "" : " or " + g.targetEdtfAlternatives()));
                    }
                    return wrong.isEmpty() ? null : String.join("; ", wrong);
                }, true);
        for (GoldAnnotation.Quantity q : gold.quantities()) {
            List<String> goldTokens = TextSimilarity.tokens(q.text());
            boolean found = u.stream().anyMatch(item -> TextSimilarity.similarity(
                            TextSimilarity.tokens(item.path("text").asText(null)), goldTokens) >= TextSimilarity.THRESHOLD
                    && streamOf(item.path("quantities")).anyMatch(pq -> PythonValues.equalNumber(pq.get("value"), q.value())
                            && PythonValues.equal(pq.get("unit"), q.unit())));
            if (!found) {
                line(sb, "MISSED quantity " + q.value() + " " + q.unit(), q.section(), q.text());
            }
        }
        return sb.toString();
    }

    private static java.util.stream.Stream<JsonNode> streamOf(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out.stream();
    }

    private interface Check<G> {
        /** Null when the matched pair agrees, else what differs. */
        String differs(JsonNode predicted, G gold);
    }

    /** Writes wrong and missed lines (and extra ones if asked); returns the indexes of unmatched predicted items. */
    private static <G> List<Integer> compare(StringBuilder sb, String kind, List<JsonNode> predicted, List<G> gold,
                                             Function<G, String> text, Function<G, String> section, Check<G> check,
                                             boolean listExtras) {
        List<GreedyMatcher.Pair> pairs = GreedyMatcher.match(
                predicted.stream().map(n -> n.hasNonNull("text") ? n.get("text").asText() : null).toList(),
                gold.stream().map(text).toList());
        Set<Integer> matchedP = new HashSet<>();
        Set<Integer> matchedG = new HashSet<>();
        for (GreedyMatcher.Pair pair : pairs) {
            matchedP.add(pair.predicted());
            matchedG.add(pair.gold());
            String wrong = check.differs(predicted.get(pair.predicted()), gold.get(pair.gold()));
            if (wrong != null) {
                line(sb, "WRONG " + kind + " (" + wrong + ")", section.apply(gold.get(pair.gold())), text.apply(gold.get(pair.gold())));
            }
        }
        for (int j = 0; j < gold.size(); j++) {
            if (!matchedG.contains(j)) {
                line(sb, "MISSED " + kind, section.apply(gold.get(j)), text.apply(gold.get(j)));
            }
        }
        List<Integer> unmatched = new ArrayList<>();
        for (int i = 0; i < predicted.size(); i++) {
            if (!matchedP.contains(i)) {
                unmatched.add(i);
                if (listExtras) {
                    line(sb, "EXTRA " + kind, predicted.get(i).path("section").asText(""), predicted.get(i).path("text").asText(""));
                }
            }
        }
        return unmatched;
    }

    private static List<JsonNode> items(JsonNode parsed, String field) {
        List<JsonNode> out = new ArrayList<>();
        parsed.path(field).forEach(out::add);
        return out;
    }

    private static void line(StringBuilder sb, String what, String section, String text) {
        String t = text == null ? "" : text.replaceAll("\\s+", " ");
        if (t.length() > WIDTH) {
            t = t.substring(0, WIDTH - 1) + "…";
        }
        sb.append(String.format(Locale.ROOT, "%-28s %-8s %s%n", what, section == null ? "" : section, t));
    }
}
