package io.github.compactkit.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the target dates of compacts to EDTF: "June 2006" → 2006-06, "Spring 2008" → 2008-21,
 * "Q3 2013" → 2013-35, "2013/14" → 2013-04-01/2014-03-31 (UK financial year), "Q2 2025/26" →
 * 2025-07-01/2025-09-30 (a quarter of that financial year), "7th March 2010" →
 * 2010-03-07, "31/03/2014" → 2014-03-31 (day first), "2006" → 2006; "Ongoing" and the like → empty.
 */
public final class EdtfDates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, Integer> SEASONS = Map.of(
            "spring", 21, "summer", 22, "autumn", 23, "fall", 23, "winter", 24);
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\s*[/\u2013-]\\s*(\\d{2}|(?:19|20)\\d{2})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s*((?:19|20)\\d{2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.]((?:19|20)?\\d{2})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\s*,?\\s*((?:19|20)\\d{2})\\b");
    private static final Pattern SEASON_YEAR = Pattern.compile("\\b(spring|summer|autumn|fall|winter)\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern QUARTER = Pattern.compile("\\b(?:q([1-4])|quarter\\s+([1-4])|([1-4])(?:st|nd|rd|th)\\s+quarter)\\s*(?:of\\s+)?((?:19|20)\\d{2})\\b");
    /** "Q2 2025/26": a quarter of a UK financial year (April to March), not of the calendar year. */
    private static final Pattern FINANCIAL_QUARTER = Pattern.compile("\\b(?:q([1-4])|quarter\\s+([1-4])|([1-4])(?:st|nd|rd|th)\\s+quarter)\\s*(?:of\\s+)?"
            + "((?:19|20)\\d{2})\\s*[/\u2013-]\\s*(\\d{2}|(?:19|20)\\d{2})\\b");
    /** The first and last day of each financial quarter, Q1 (April to June) to Q4 (January to March of the next year). */
    private static final String[][] FINANCIAL_QUARTER_DAYS = {{"04-01", "06-30"}, {"07-01", "09-30"}, {"10-01", "12-31"}, {"01-01", "03-31"}};
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");

    private EdtfDates() {
    }

    /** The EDTF form of a date phrase, or empty when it names no date ("Ongoing", "TBC"). */
    public static Optional<String> toEdtf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        Matcher m = FINANCIAL_QUARTER.matcher(s);
        if (m.find()) {
            int q = Integer.parseInt(firstNonNull(m.group(1), m.group(2), m.group(3)));
            int year = Integer.parseInt(m.group(4)) + (q == 4 ? 1 : 0);
            String[] days = FINANCIAL_QUARTER_DAYS[q - 1];
            return Optional.of(year + "-" + days[0] + "/" + year + "-" + days[1]);
        }
        m = QUARTER.matcher(s);
        if (m.find()) {
            int q = Integer.parseInt(firstNonNull(m.group(1), m.group(2), m.group(3)));
            return Optional.of(m.group(4) + "-" + (32 + q));
        }
        m = SEASON_YEAR.matcher(s);
        if (m.find()) {
            return Optional.of(m.group(2) + "-" + SEASONS.get(m.group(1)));
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            return Optional.of(ymd(m.group(3), month(m.group(2)), Integer.parseInt(m.group(1))));
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            return Optional.of(ymd(m.group(3), month(m.group(1)), Integer.parseInt(m.group(2))));
        }
        m = MONTH_YEAR.matcher(s);
        if (m.find()) {
            return Optional.of(String.format(Locale.ROOT, "%s-%02d", m.group(2), month(m.group(1))));
        }
        m = NUMERIC.matcher(s);
        if (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int mon = Integer.parseInt(m.group(2));
            String year = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
            if (mon >= 1 && mon <= 12 && day >= 1 && day <= 31) {
                return Optional.of(ymd(year, mon, day));
            }
        }
        m = FINANCIAL_YEAR.matcher(s);
        if (m.find()) {
            int start = Integer.parseInt(m.group(1));
            String endText = m.group(2);
            int end = endText.length() == 2 ? (start / 100) * 100 + Integer.parseInt(endText) : Integer.parseInt(endText);
            if (end == start + 1) {
                return Optional.of(start + "-04-01/" + end + "-03-31");
            }
        }
        m = YEAR.matcher(s);
        if (m.find()) {
            return Optional.of(m.group(1));
        }
        return Optional.empty();
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3));
    }

    private static String ymd(String year, int month, int day) {
        return String.format(Locale.ROOT, "%s-%02d-%02d", year, month, day);
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
