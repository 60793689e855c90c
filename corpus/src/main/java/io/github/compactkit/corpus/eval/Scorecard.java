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
 * and F1 per list in the order {@code score.py} prints them, the sections of matched undertakings,
 * the share of gold quantities found, the glossary, and whether title and area are right; for a
 * document that is not a compact, how many action points with a lead and a date were invented.
 *
 * @param document             the document's file name
 * @param documentType         predicted and gold document type
 * @param inventedActionPoints for gold {@code OTHER} only: predicted action points with lead and date; else null
 * @param lists                per list: principles, undertakings, undertakingsWithParty, actionPoints,
 *                             actionLead, actionTargetDate, and quantities when the gold has some
 *                             (empty for gold {@code OTHER})
 * @param undertakingSection   matched undertakings with the gold's section, or null when no matched
 *                             gold undertaking has a section
 * @param quantities           gold quantities found, or null when the gold has none
 * @param glossary             the glossary's score, or null when the gold has no glossary (or is {@code OTHER})
 * @param metadata             title and area checks, or null for gold {@code OTHER}
 */
public record Scorecard(String document, DocumentTypeCheck documentType, Integer inventedActionPoints,
                        Map<String, ListScore> lists, SectionCheck undertakingSection, QuantityRecall quantities,
                        GlossaryScore glossary, MetadataCheck metadata) {

    /** List names in print order. */
    public static final String PRINCIPLES = "principles";
    public static final String UNDERTAKINGS = "undertakings";
    public static final String UNDERTAKINGS_WITH_PARTY = "undertakingsWithParty";
    public static final String ACTION_POINTS = "actionPoints";
    public static final String ACTION_LEAD = "actionLead";
    public static final String ACTION_TARGET_DATE = "actionTargetDate";
    /**
     * Predicted quantities matched one-to-one to gold ones (similar text, same value and unit), so
     * that invented quantities lower the precision; {@link #quantities()} is recall alone.
     */
    public static final String QUANTITIES = "quantities";

    public Scorecard {
        lists = Collections.unmodifiableMap(new LinkedHashMap<>(lists));
    }

    /** Predicted versus gold document type. */
    public record DocumentTypeCheck(String predicted, String gold, boolean ok) {
    }

    /** Of the matched undertakings whose gold has a section, how many have that section (as joined tokens). */
    public record SectionCheck(int right, int of) {
    }

    /** Gold quantities found on a matching predicted undertaking with the same value and unit. */
    public record QuantityRecall(int found, int gold) {
        /** found / gold, 1 when the gold has none. */
        public double recall() {
            return gold == 0 ? 1.0 : (double) found / gold;
        }
    }

    /**
     * Whether the title is similar to the gold's (the usual similarity) and the area equal to it
     * (as joined tokens); null where the gold gives none.
     */
    public record MetadataCheck(Boolean title, Boolean area) {
    }

    /** The score of one list, e.g. {@link #PRINCIPLES}. */
    public Optional<ListScore> list(String name) {
        return Optional.ofNullable(lists.get(name));
    }

    /** A plain-text table, one row per list, then the other figures. */
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
            lists.forEach((name, s) -> row(sb, name, s));
            if (glossary != null && glossary.entries() != null) {
                row(sb, "glossary", glossary.entries());
            }
        }
        if (undertakingSection != null) {
            sb.append(String.format(Locale.ROOT, "  %-24s %d/%d right%n", "undertakingSection",
                    undertakingSection.right(), undertakingSection.of()));
        }
        if (quantities != null) {
            sb.append(String.format(Locale.ROOT, "  %-24s %d/%d%n", "quantitiesFound", quantities.found(), quantities.gold()));
        }
        if (glossary != null && glossary.sample() != null) {
            sb.append(String.format(Locale.ROOT, "  %-24s %s%n", "glossary", glossary.describeSample()));
        }
        if (metadata != null) {
            sb.append(String.format(Locale.ROOT, "  %-24s %s%n", "title", verdict(metadata.title())));
            sb.append(String.format(Locale.ROOT, "  %-24s %s%n", "area", verdict(metadata.area())));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, ListScore s) {
        sb.append(String.format(Locale.ROOT, "  %-24s %7.4f %7.4f %7.4f %6d %6d %6d%n",
                name, s.precision(), s.recall(), s.f1(), s.truePositives(), s.predicted(), s.gold()));
    }

    private static String verdict(Boolean ok) {
        return ok == null ? "- (not in gold)" : ok ? "ok" : "WRONG";
    }

    /** The same JSON as {@code score.py --json}, keys in its order. */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ObjectNode dt = root.putObject("documentType");
        dt.put("pred", documentType.predicted());
        dt.put("gold", documentType.gold());
        dt.put("ok", documentType.ok());
        if (inventedActionPoints != null) {
            root.put("inventedActionPoints", inventedActionPoints);
            // score.py stops here for gold OTHER.
            return root;
        }
        lists.forEach((name, s) -> {
            if (!name.equals(QUANTITIES)) {
                s.writeTo(root.putObject(name));
            }
        });
        if (undertakingSection != null) {
            root.putObject("undertakingSection").put("right", undertakingSection.right()).put("of", undertakingSection.of());
        }
        if (quantities != null) {
            ObjectNode q = root.putObject("quantitiesRecall");
            q.put("found", quantities.found());
            q.put("gold", quantities.gold());
        }
        // score.py computes the one-to-one quantities after their recall, and prints them in that order.
        list(QUANTITIES).ifPresent(s -> s.writeTo(root.putObject(QUANTITIES)));
        // Every compact's scores carry the glossary, null when the gold has none.
        root.set("glossary", glossary == null ? f.nullNode() : glossary.toJson());
        if (metadata != null) {
            ObjectNode m = root.putObject("metadata");
            m.put("title", metadata.title());
            m.put("area", metadata.area());
        }
        return root;
    }
}
