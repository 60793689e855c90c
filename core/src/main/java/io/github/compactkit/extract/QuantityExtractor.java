package io.github.compactkit.extract;

import io.github.compactkit.model.Quantity;
import io.github.compactkit.model.Unit;
import io.github.compactkit.nlp.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantified promises in a commitment: "minimum of 12 weeks" to respond to consultations,
 * "within two weeks" for correspondence, "3 months' notice" before funding ends. The topic comes
 * from the words of the clause around the number.
 */
public final class QuantityExtractor {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("a", 1), Map.entry("an", 1));
    private static final Pattern QUANTITY = Pattern.compile(
            "\\b(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|a|an)"
                    + "[\\s-]+(?:working[\\s-]+|calendar[\\s-]+|clear[\\s-]+|full[\\s-]+)?(day|week|month|year)s?(?:'|\u2019|\\b)");
    // Precompiled: these run for every quantity of every commitment.
    // "within a year", "every year": a period. "once a year", "twice a year", "three times a year" are
    // frequencies, not periods: how often, not how long.
    private static final Pattern COUNTING_WORD_BEFORE = Pattern.compile("\\b(within|every)\\s*\\z");
    private static final Pattern CONSULTATION = Pattern.compile("\\bconsult");
    private static final Pattern FUNDING_NOTICE = Pattern.compile(
            "\\b(notice|terminat\\w*|ending|withdraw\\w*|cease|decommission\\w*|changes? to (the )?funding|reduc\\w* (in )?funding)\\b"
                    // "three months in advance when its funding will stop or be cut": notice without the word
                    + "|\\b(in advance|beforehand)\\b[^.;]{0,80}\\b(stop\\w*|cut|end\\w*|ceas\\w*|withdraw\\w*|reduc\\w*)\\b");
    private static final Pattern FUNDING_TERM = Pattern.compile("\\b(multi-year|funding|grants?|contracts?|agreements?)\\b");
    private static final Pattern CORRESPONDENCE = Pattern.compile(
            "\\b(correspondence|letters?|enquir\\w*|inquir\\w*|emails?|respond|reply|replies|acknowledge)\\b");
    private static final Pattern REVIEW = Pattern.compile("\\b(review\\w*|evaluat\\w*|monitor\\w*)\\b");

    /** The quantities in a commitment's text, in order of appearance. */
    public List<Quantity> extract(String text) {
        List<Quantity> found = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains("day") && !lower.contains("week") && !lower.contains("month") && !lower.contains("year")) {
            return List.of(); // every quantity names a unit: most commitments have none
        }
        Matcher m = QUANTITY.matcher(lower);
        // Quantities of one clause share its topic: computed once per clause, not once per quantity
        // (a long clause full of numbers would otherwise cost its length squared).
        String lastClause = null;
        String lastTopic = null;
        // Sentence spans of a long text, found once for all its quantities (the model is not cheap).
        List<int[]> sentences = null;
        while (m.find()) {
            String number = m.group(1);
            String before = lower.substring(Math.max(0, m.start() - 30), m.start());
            boolean article = number.equals("a") || number.equals("an");
            if (article && !COUNTING_WORD_BEFORE.matcher(before).find()) {
                continue; // "a year" counts only in "within a year", "every year"
            }
            if (!article && !number.chars().allMatch(Character::isDigit) && !WORDS.containsKey(number)) {
                continue;
            }
            int value = number.chars().allMatch(Character::isDigit) ? Integer.parseInt(number) : WORDS.get(number);
            if (value <= 0) {
                continue;
            }
            Unit unit = Unit.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            if (sentences == null && lower.length() > 120) {
                sentences = SentenceSplitter.spans(text.length() == lower.length() ? text : lower);
            }
            String clause = clauseAround(sentences, lower, m.start(), m.end());
            if (!clause.equals(lastClause)) {
                lastClause = clause;
                lastTopic = topic(clause);
            }
            found.add(new Quantity(value, unit, lastTopic, text.substring(m.start(), m.end()).strip()));
        }
        return List.copyOf(found);
    }

    /**
     * The sentence holding the quantity, cut at ";" (sub-items): a long undertaking often names a
     * period for one thing and another for something else ("12 weeks for consultation … 6 weeks
     * in any single period"), so the topic must come from its own sentence.
     */
    private static String clauseAround(List<int[]> sentences, String s, int start, int end) {
        int from = 0;
        int to = s.length();
        if (s.length() > 120) {
            // Sentence boundaries from the original text (capitals help the model) unless lower-casing
            // moved the offsets: see extract().
            for (int[] sentence : sentences) {
                if (sentence[0] <= start && end <= sentence[1]) {
                    from = sentence[0];
                    to = sentence[1];
                    break;
                }
            }
        }
        int semicolonBefore = s.lastIndexOf("; ", start);
        int semicolonAfter = s.indexOf("; ", end);
        if (semicolonBefore >= from) {
            from = semicolonBefore + 1;
        }
        if (semicolonAfter >= 0 && semicolonAfter < to) {
            to = semicolonAfter;
        }
        return s.substring(from, to);
    }

    /** The topic of a quantity from the words of its clause. */
    static String topic(String clause) {
        if (CONSULTATION.matcher(clause).find()) {
            return "consultation";
        }
        if (FUNDING_NOTICE.matcher(clause).find()) {
            return "funding-notice";
        }
        if (FUNDING_TERM.matcher(clause).find()) {
            return "funding-term";
        }
        if (CORRESPONDENCE.matcher(clause).find()) {
            return "correspondence";
        }
        if (REVIEW.matcher(clause).find()) {
            return "review";
        }
        return "other";
    }
}
