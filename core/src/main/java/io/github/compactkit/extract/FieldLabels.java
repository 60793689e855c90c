package io.github.compactkit.extract;

import java.util.ArrayList;
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
    private static final int MAX_LABEL_WORDS = 6;

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

    /**
     * The fields of a paragraph in which a reader ran a form's lines together ("Commitment 4: Passing information on
     * Who: Nettlebury Voluntary Action What we will do: We will …"): each capitalised known label starts a field.
     * Empty unless the paragraph holds at least two fields, one of them naming a party.
     */
    static List<Field> split(String paragraph) {
        // Linear in the paragraph: each colon is checked against the words just before it.
        List<Integer> starts = new ArrayList<>();
        for (int colon = paragraph.indexOf(':'); colon >= 0; colon = paragraph.indexOf(':', colon + 1)) {
            int start = labelBefore(paragraph, colon);
            if (start >= 0) {
                starts.add(start);
            }
        }
        List<Field> fields = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : paragraph.length();
            of(paragraph.substring(starts.get(k), end).strip()).ifPresent(fields::add);
        }
        boolean party = fields.stream().anyMatch(f -> f.kind() == Kind.PARTY);
        return fields.size() >= 2 && party ? List.copyOf(fields) : List.of();
    }

    /**
     * Where a list item runs on into the explanation or measure fields of its block ("pay grants in advance
     * Why it matters: …", a reader having joined the lines after the last item): the start of the first such
     * field, or -1. Party and promise labels are left alone: they may be words of the item itself.
     */
    static int trailingFieldStart(String item) {
        for (int colon = item.indexOf(':'); colon >= 0; colon = item.indexOf(':', colon + 1)) {
            int start = labelBefore(item, colon);
            if (start > 0) {
                Kind kind = KINDS.get(item.substring(start, colon).toLowerCase(Locale.ROOT).replace('\u2019', '\''));
                if (kind == Kind.EXPLANATION || kind == Kind.MEASURE) {
                    return start;
                }
            }
        }
        return -1;
    }

    /** Where the capitalised known label that ends at {@code colon} starts (one to six words back), or -1. */
    private static int labelBefore(String text, int colon) {
        int start = colon;
        for (int words = 0; words < MAX_LABEL_WORDS; words++) {
            int space = text.lastIndexOf(' ', start - 2);
            start = space + 1;
            if (start >= colon) {
                return -1;
            }
            String label = text.substring(start, colon).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (KINDS.containsKey(label) && Character.isUpperCase(text.charAt(start))) {
                return start;
            }
            if (space < 0) {
                return -1;
            }
        }
        return -1;
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
