package io.github.compactkit.compare;

import io.github.compactkit.model.Quantity;
import io.github.compactkit.model.Unit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods promised in a commitment ("12 weeks", "three months'", "two-week"), read from the text and
 * merged with the quantities the parser declared, as normalised phrases such as "12 weeks".
 */
final class QuantityFinder {
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fourteen", 14), Map.entry("twenty", 20), Map.entry("thirty", 30));
    private static final Pattern PERIOD = Pattern.compile(
            "\\b(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty)"
                    + "[\\s-]+(?:working[\\s-]+|calendar[\\s-]+)?(day|week|month|year)s?\\b");

    private QuantityFinder() {
    }

    /** The distinct periods in the text and the declared quantities, in order of appearance. */
    static Set<String> periods(String text, List<Quantity> declared) {
        Set<String> out = new LinkedHashSet<>();
        for (Period p : find(text)) {
            out.add(p.phrase());
        }
        for (Quantity q : declared) {
            if (q.unit() != null) {
                out.add(phrase(q.value(), q.unit()));
            }
        }
        return out;
    }

    /** A period read from text. */
    record Period(int value, Unit unit) {
        /** Its length in days (a month is 30, a year 365), to compare across units. */
        int days() {
            return value * switch (unit) {
                case DAY -> 1;
                case WEEK -> 7;
                case MONTH -> 30;
                case YEAR -> 365;
            };
        }

        String phrase() {
            return QuantityFinder.phrase(value, unit);
        }
    }

    /** Every period written in the text, in order. */
    static List<Period> find(String text) {
        List<Period> out = new java.util.ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = PERIOD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String number = m.group(1);
            int value = Character.isDigit(number.charAt(0)) ? Integer.parseInt(number) : NUMBERS.get(number);
            out.add(new Period(value, Unit.valueOf(m.group(2).toUpperCase(Locale.ROOT))));
        }
        return out;
    }

    static String phrase(int value, Unit unit) {
        String name = unit.name().toLowerCase(Locale.ROOT);
        return value + " " + (value == 1 ? name : name + "s");
    }
}
