package io.github.compactkit.corpus.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.compactkit.corpus.GoldAnnotation;

/** The parse a perfect parser would print for a gold annotation, in the JSON of the contract. */
final class GoldPrediction {
    private GoldPrediction() {
    }

    static ObjectNode of(GoldAnnotation gold) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("schemaVersion", "1");
        root.put("title", gold.title());
        root.put("area", gold.area());
        root.put("documentType", gold.documentType());
        ArrayNode principles = root.putArray("principles");
        gold.principles().forEach(p -> principles.addObject().put("name", p.name()).put("text", p.text()).put("section", p.section()));
        ArrayNode undertakings = root.putArray("undertakings");
        for (GoldAnnotation.Undertaking u : gold.undertakings()) {
            ObjectNode o = undertakings.addObject().put("party", u.party()).put("text", u.text()).put("section", u.section());
            ArrayNode qs = o.putArray("quantities");
            gold.quantities().stream().filter(q -> q.text().equals(u.text()))
                    .forEach(q -> qs.addObject().put("value", q.value()).put("unit", q.unit()).put("topic", q.topic()));
        }
        ArrayNode actions = root.putArray("actionPoints");
        for (GoldAnnotation.ActionPoint a : gold.actionPoints()) {
            ObjectNode o = actions.addObject().put("text", a.text()).put("lead", a.lead())
                    .put("target", a.target()).put("targetDate", a.targetEdtf()).put("section", a.section());
            ArrayNode leads = o.putArray("leads");
            a.leads().forEach(leads::add);
        }
        ArrayNode glossary = root.putArray("glossary");
        if (gold.glossary() != null) {
            // All entries when the gold has them, else the sample: the rest is unknown.
            if (gold.glossary().complete()) {
                gold.glossary().entries().forEach(e -> glossary.addObject().put("term", e.term()).put("definition", e.definition()));
            } else {
                gold.glossary().sample().forEach((t, d) -> glossary.addObject().put("term", t).put("definition", d));
            }
        }
        return root;
    }
}
