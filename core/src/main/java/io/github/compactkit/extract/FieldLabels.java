package io.github.compactkit.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of a compact written as a form, block after block ("Who: The Commissioner", "What we will do:
 * …", "Why it matters: …", "How you will know: …"): what a field's label says it holds. The labels live
 * in {@code fields.txt}.
 */
final class FieldLabels {
    /** What a field holds. */
    enum Kind { PARTY, PROMISE, EXPLANATION, MEASURE }

    /** A field: its kind, its label as printed and the text after the colon (empty for a lead-in). */
    record Field(Kind kind, String label, String value) {
    }

    private static final Pattern LABELLED = Pattern.compile("^([A-Z][\\p{L}'\u2019]*(?: [\\p{L}'\u2019]+){0,5}):\\s*(.*)$", Pattern.DOTALL);
    private static final Map<String, Kind> KINDS = load();

    private FieldLabels() {
    }

    /** The field a paragraph is, when it opens with a known label and a colon. */
    static Optional<Field> of(String paragraph) {
        Matcher m = LABELLED.matcher(paragraph.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Kind kind = KINDS.get(m.group(1).toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        return kind == null ? Optional.empty() : Optional.of(new Field(kind, m.group(1), m.group(2).strip()));
    }

    private static Map<String, Kind> load() {
        Map<String, Kind> kinds = new HashMap<>();
        List<String> sections = List.of("PARTY", "PROMISE", "EXPLANATION", "MEASURE");
        SectionedWordList.read("fields.txt", sections).forEach((section, labels) -> {
            for (String label : labels) {
                kinds.put(label, Kind.valueOf(section));
            }
        });
        return Map.copyOf(kinds);
    }
}
