package io.github.compactkit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.compactkit.corpus.eval.ListScore;
import io.github.compactkit.corpus.eval.Scorecard;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints evaluation results: each document's scorecard, then a summary with the micro-average over all. */
final class EvaluationTable {
    private static final List<String> LISTS = List.of(Scorecard.PRINCIPLES, Scorecard.UNDERTAKINGS,
            Scorecard.UNDERTAKINGS_WITH_PARTY, Scorecard.ACTION_POINTS, Scorecard.ACTION_LEAD,
            Scorecard.ACTION_TARGET_DATE);
    private static final List<String> SHORT = List.of("principles", "undertak.", "+party", "actions", "lead", "date");

    private EvaluationTable() {
    }

    /**
     * Full tables of the primary renderings, their summary and micro-average; then, when other
     * renderings (PDF, DOCX, …) were scored, their summary and micro-average below.
     */
    static String text(List<EvaluateCommand.Scored> all, List<String> violations) {
        List<EvaluateCommand.Scored> scored = all.stream().filter(EvaluateCommand.Scored::primary).toList();
        List<EvaluateCommand.Scored> others = all.stream().filter(s -> !s.primary()).toList();
        StringBuilder sb = new StringBuilder();
        for (EvaluateCommand.Scored s : scored) {
            sb.append(s.card().toTable()).append('\n');
        }
        sb.append("Summary: F1 per list (quantities: found/gold)\n");
        summary(sb, scored);
        if (!others.isEmpty()) {
            sb.append("\nOther renderings of the same documents (PDF, DOCX, DOC, ODT, RTF, HTML): F1 per list\n");
            summary(sb, others);
        }
        if (!violations.isEmpty()) {
            sb.append("\nBelow the bundled thresholds (corpus/gold/thresholds.json):\n");
            violations.forEach(v -> sb.append("  ").append(v).append('\n'));
        }
        return sb.toString();
    }

    private static void summary(StringBuilder sb, List<EvaluateCommand.Scored> scored) {
        sb.append(String.format(Locale.ROOT, "  %-28s %-6s", "document", "type"));
        SHORT.forEach(h -> sb.append(String.format(Locale.ROOT, " %10s", h)));
        sb.append(String.format(Locale.ROOT, " %11s%n", "quantities"));
        for (EvaluateCommand.Scored s : scored) {
            Scorecard c = s.card();
            sb.append(String.format(Locale.ROOT, "  %-28s %-6s", abbreviate(s.name()), c.documentType().ok() ? "ok" : "WRONG"));
            for (String list : LISTS) {
                sb.append(c.list(list).map(l -> String.format(Locale.ROOT, " %10.4f", l.f1()))
                        .orElse(String.format(Locale.ROOT, " %10s", "-")));
            }
            sb.append(c.quantities() == null ? String.format(Locale.ROOT, " %11s", "-")
                    : String.format(Locale.ROOT, " %11s", c.quantities().found() + "/" + c.quantities().gold()));
            sb.append('\n');
        }
        Map<String, ListScore> micro = microAverage(scored);
        sb.append(String.format(Locale.ROOT, "  %-28s %-6s", "all (micro-average)", ""));
        for (String list : LISTS) {
            ListScore l = micro.get(list);
            sb.append(l == null ? String.format(Locale.ROOT, " %10s", "-") : String.format(Locale.ROOT, " %10.4f", l.f1()));
        }
        int found = scored.stream().filter(s -> s.card().quantities() != null).mapToInt(s -> s.card().quantities().found()).sum();
        int gold = scored.stream().filter(s -> s.card().quantities() != null).mapToInt(s -> s.card().quantities().gold()).sum();
        sb.append(String.format(Locale.ROOT, " %11s%n", found + "/" + gold));
    }

    static String json(List<EvaluateCommand.Scored> scored, List<String> violations) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ObjectNode docs = root.putObject("documents");
        scored.forEach(s -> docs.set(s.name(), s.card().toJson()));
        ObjectNode all = root.putObject("microAverage");
        microAverage(scored.stream().filter(EvaluateCommand.Scored::primary).toList()).forEach((name, l) -> l.writeTo(all.putObject(name)));
        List<EvaluateCommand.Scored> others = scored.stream().filter(s -> !s.primary()).toList();
        if (!others.isEmpty()) {
            ObjectNode o = root.putObject("microAverageOtherRenderings");
            microAverage(others).forEach((name, l) -> l.writeTo(o.putObject(name)));
        }
        ArrayNode v = root.putArray("belowThresholds");
        violations.forEach(v::add);
        return root.toPrettyString();
    }

    /** Per list, the scores of all documents' true positives, predictions and gold items summed. */
    static Map<String, ListScore> microAverage(List<EvaluateCommand.Scored> scored) {
        Map<String, ListScore> out = new LinkedHashMap<>();
        for (String list : LISTS) {
            int tp = 0;
            int pred = 0;
            int gold = 0;
            boolean any = false;
            for (EvaluateCommand.Scored s : scored) {
                var l = s.card().list(list);
                if (l.isPresent()) {
                    any = true;
                    tp += l.get().truePositives();
                    pred += l.get().predicted();
                    gold += l.get().gold();
                }
            }
            if (any) {
                out.put(list, ListScore.of(tp, pred, gold));
            }
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 28 ? s : s.substring(0, 27) + "…";
    }
}
