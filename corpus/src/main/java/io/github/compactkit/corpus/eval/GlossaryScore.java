package io.github.compactkit.corpus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.compactkit.corpus.GoldAnnotation;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The glossary against the gold, as {@code score.py}'s {@code score_glossary} reports it. Exactly
 * one part is set: {@code entries} when the gold gives every entry (P/R/F1, an entry matching on
 * {@code "term : definition"} with the usual similarity), else {@code sample} when the gold gives
 * only a count and a sample.
 *
 * @param entries the entries scored one-to-one, or null
 * @param sample  the count and sample check, or null
 */
public record GlossaryScore(ListScore entries, Sample sample) {

    /**
     * A parse's glossary against a gold given as {@code {count, sample}}.
     *
     * @param count       entries in the parse
     * @param goldCount   entries the gold says the document has (null when it gives no whole number)
     * @param sampleFound sample entries found in the parse: the same term (as joined tokens) with a
     *                    similar definition
     * @param sample      entries in the gold's sample
     */
    public record Sample(int count, Integer goldCount, int sampleFound, int sample) {
    }

    /** Scores the predicted glossary entries (contract JSON); null when the gold has no glossary. */
    static GlossaryScore of(List<JsonNode> predicted, GoldAnnotation.Glossary gold) {
        if (gold == null) {
            return null;
        }
        if (gold.complete()) {
            List<String> p = predicted.stream()
                    .map(e -> key(PythonValues.string(e.get("term")), PythonValues.string(e.get("definition")))).toList();
            List<String> g = gold.entries().stream().map(e -> key(e.term(), e.definition())).toList();
            return new GlossaryScore(ListScore.of(GreedyMatcher.match(p, g).size(), p.size(), g.size()), null);
        }
        int found = 0;
        for (Map.Entry<String, String> e : gold.sample().entrySet()) {
            String term = TextSimilarity.normalized(e.getKey());
            List<String> definition = TextSimilarity.tokens(e.getValue());
            boolean hit = predicted.stream().anyMatch(p ->
                    TextSimilarity.normalized(PythonValues.string(p.get("term"))).equals(term)
                            && TextSimilarity.similarity(TextSimilarity.tokens(PythonValues.string(p.get("definition"))),
                            definition) >= TextSimilarity.THRESHOLD);
            if (hit) {
                found++;
            }
        }
        return new GlossaryScore(null, new Sample(predicted.size(), gold.count(), found, gold.sample().size()));
    }

    /** score.py: (term or '') + ' : ' + (definition or ''); the colon adds no token. */
    private static String key(String term, String definition) {
        return (term == null ? "" : term) + " : " + (definition == null ? "" : definition);
    }

    /** The same JSON as score.py: the P/R/F1 object, or {count, goldCount, sampleFound, sample}. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (entries != null) {
            return entries.writeTo(node);
        }
        node.put("count", sample.count());
        node.put("goldCount", sample.goldCount());
        node.put("sampleFound", sample.sampleFound());
        node.put("sample", sample.sample());
        return node;
    }

    /** One line for the sample form ("12 entries (gold 17), sample 4/5 found"); null for the P/R/F1 form. */
    String describeSample() {
        if (sample == null) {
            return null;
        }
        return String.format(Locale.ROOT, "%d entries (gold %s), sample %d/%d found", sample.count(),
                sample.goldCount(), sample.sampleFound(), sample.sample());
    }
}
