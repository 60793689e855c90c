package io.github.compactkit.corpus.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How one parse scored against its gold: the document type, then (for compacts) precision, recall
 * and F1 per list in the order {@code score.py} prints them, and the share of gold quantities found;
 * for a document that is not a compact, how many action points with a lead and a date were invented.
 *
 * @param document             the document's file name
 * @param documentType         predicted and gold document type
 * @param inventedActionPoints for gold {@code OTHER} only: predicted action points with lead and date; else null
 * @param lists                per list: principles, undertakings, undertakingsWithParty, actionPoints,
 *                             actionLead, actionTargetDate (empty for gold {@code OTHER})
 * @param quantities           quantities found, or null when the gold has none
 */
public record Scorecard(String document, DocumentTypeCheck documentType, Integer inventedActionPoints,
                        Map<String, ListScore> lists, QuantityRecall quantities) {

    /** List names in print order. */
    public static final String PRINCIPLES = "principles";
    public static final String UNDERTAKINGS = "undertakings";
    public static final String UNDERTAKINGS_WITH_PARTY = "undertakingsWithParty";
    public static final String ACTION_POINTS = "actionPoints";
    public static final String ACTION_LEAD = "actionLead";
    public static final String ACTION_TARGET_DATE = "actionTargetDate";

    public Scorecard {
        lists = Collections.unmodifiableMap(new LinkedHashMap<>(lists));
    }

    /** Predicted versus gold document type. */
    public record DocumentTypeCheck(String predicted, String gold, boolean ok) {
    }

    /** Gold quantities found on a matching predicted undertaking with the same value and unit. */
    public record QuantityRecall(int found, int gold) {
        /** found / gold, 1 when the gold has none. */
        public double recall() {
            return gold == 0 ? 1.0 : (double) found / gold;
        }
    }

    /** The score of one list, e.g. {@link #PRINCIPLES}. */
    public Optional<ListScore> list(String name) {
        return Optional.ofNullable(lists.get(name));
    }

    /** A plain-text table, one row per list. */
    public String toTable() {
        StringBuilder sb = new StringBuilder();
        sb.append(document).append('\n');
        sb.append(String.format(Locale.ROOT, "  %-24s %s (gold %s)%s%n", "documentType", documentType.predicted(),
                documentType.gold(), documentType.ok() ? "" : "  WRONG"));
        if (inventedActionPoints != null) {
            sb.append(String.format(Locale.ROOT, "  %-24s %d%n", "inventedActionPoints", inventedActionPoints));
        }
        if (!lists.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "  %-24s %7s %7s %7s %6s %6s %6s%n", "list", "P", "R", "F1", "tp", "pred", "gold"));
            lists.forEach((name, s) -> sb.append(String.format(Locale.ROOT, "  %-24s %7.4f %7.4f %7.4f %6d %6d %6d%n",
                    name, s.precision(), s.recall(), s.f1(), s.truePositives(), s.predicted(), s.gold())));
        }
        if (quantities != null) {
            sb.append(String.format(Locale.ROOT, "  %-24s %d/%d%n", "quantitiesFound", quantities.found(), quantities.gold()));
        }
        return sb.toString();
    }

    /** The same JSON shape as {@code score.py --json}. */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ObjectNode dt = root.putObject("documentType");
        dt.put("pred", documentType.predicted());
        dt.put("gold", documentType.gold());
        dt.put("ok", documentType.ok());
        if (inventedActionPoints != null) {
            root.put("inventedActionPoints", inventedActionPoints);
        }
        lists.forEach((name, s) -> s.writeTo(root.putObject(name)));
        if (quantities != null) {
            ObjectNode q = root.putObject("quantitiesRecall");
            q.put("found", quantities.found());
            q.put("gold", quantities.gold());
        }
        return root;
    }
}
