package io.github.compactkit.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a commitment that says what is promised, for the encoder. Compacts name the party in
 * a lead-in ("The Council and its statutory partners will …", "Voluntary and community groups
 * shall …") or in a heading above a list of bare verbs, and the encoder gives those words as much
 * weight as the promise: two compacts that word the lead-in differently look further apart than
 * they are. The party is compared separately (the alignment's party test), so the lead-in is
 * dropped. The sector's acronyms, which the encoder's vocabulary splits into meaningless pieces,
 * are spelt out.
 */
final class EncodingText {
    // A lead-in of at most twelve words before the modal, with no sentence break inside it.
    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?:[^.;:!?]{1,100}?)\\b(?:will|shall|should|must|agrees? to|undertakes? to|commits? to|pledges? to|promises? to"
                    + "|are committed to|is committed to)"
                    + "\\s+(?:also\\s+|always\\s+|jointly\\s+|continue to\\s+|aim to\\s+|seek to\\s+|try to\\s+|endeavour to\\s+)?",
            Pattern.CASE_INSENSITIVE);
    // Clause breaks: semicolons, colons, sentence ends, bullets, and ", and" / "and will" joining two promises.
    private static final Pattern CLAUSE = Pattern.compile("\\s*(?:[;:\u2022]|\\.\\s+|,\\s+and\\s+|\\band\\s+(?=will\\b))\\s*");
    // Hedges say how firmly, not what: strength is compared separately (the difference finder's qualifiers).
    private static final Pattern HEDGE = Pattern.compile(
            ",?\\s*\\b(?:where(?:ver)? (?:possible|practicable|appropriate|(?:we|you|they|it) can)|as far as (?:possible|practicable))\\b,?",
            Pattern.CASE_INSENSITIVE);
    private static final String[][] ACRONYMS = {
        {"VCSE", "voluntary sector"}, {"VCS", "voluntary sector"}, {"VCOs", "voluntary organisations"},
        {"VCO", "voluntary organisation"}, {"CVS", "council for voluntary service"}, {"BME", "black and minority ethnic"},
        {"BAME", "black and minority ethnic"}, {"NHS", "health service"},
    };
    private static final Pattern[] ACRONYM_PATTERNS = new Pattern[ACRONYMS.length];

    static {
        for (int i = 0; i < ACRONYMS.length; i++) {
            ACRONYM_PATTERNS[i] = Pattern.compile("\\b" + ACRONYMS[i][0] + "\\b");
        }
    }

    private EncodingText() {
    }

    /** {@code text} without its party lead-in and with the sector's acronyms spelt out. */
    static String of(String text) {
        String out = text.strip();
        Matcher m = LEAD_IN.matcher(out);
        if (m.find() && m.end() < out.length() && words(out.substring(0, m.end())) <= 12) {
            out = out.substring(m.end());
        }
        String unhedged = HEDGE.matcher(out).replaceAll("").strip();
        if (!unhedged.isEmpty()) {
            out = unhedged;
        }
        for (int i = 0; i < ACRONYMS.length; i++) {
            out = ACRONYM_PATTERNS[i].matcher(out).replaceAll(ACRONYMS[i][1]);
        }
        return out;
    }

    /**
     * The clauses of a commitment that bundles several ("… by: publishing …; keeping …; giving …",
     * "… , and will …"), each as {@link #of} gives it; empty when it has only one. Parts of fewer than
     * three words say too little to compare.
     */
    static List<String> parts(String text) {
        List<String> out = new ArrayList<>();
        for (String piece : CLAUSE.split(text)) {
            String part = of(piece);
            if (words(part) >= 3) {
                out.add(part);
            }
        }
        return out.size() < 2 ? List.of() : out;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
