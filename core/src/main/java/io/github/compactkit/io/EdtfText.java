package io.github.compactkit.io;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EDTF date of the model, as people read it: "2006-06" is "June 2006", "2008-21" "spring 2008",
 * "2013-35" "Q3 2013", "2013-04-01/2014-03-31" "1 April 2013 to 31 March 2014". For spreadsheets and
 * reports, beside the EDTF that programs read.
 */
public final class EdtfText {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String[] SEASONS = {"spring", "summer", "autumn", "winter"};
    private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$");

    private EdtfText() {
    }

    /** The readable form, or null for null; a value this class does not know is returned as it is. */
    public static String readable(String edtf) {
        if (edtf == null) {
            return null;
        }
        int slash = edtf.indexOf('/');
        if (slash > 0) {
            return readable(edtf.substring(0, slash)) + " to " + readable(edtf.substring(slash + 1));
        }
        Matcher m = DATE.matcher(edtf);
        if (!m.matches()) {
            return edtf;
        }
        String year = m.group(1);
        if (m.group(2) == null) {
            return year;
        }
        int month = Integer.parseInt(m.group(2));
        if (m.group(3) != null && month >= 1 && month <= 12) {
            return Integer.parseInt(m.group(3)) + " " + MONTHS[month - 1] + " " + year;
        }
        if (month >= 1 && month <= 12) {
            return MONTHS[month - 1] + " " + year;
        }
        if (month >= 21 && month <= 24) {
            return SEASONS[month - 21] + " " + year;
        }
        if (month >= 33 && month <= 36) {
            return "Q" + (month - 32) + " " + year;
        }
        return edtf.toLowerCase(Locale.ROOT);
    }
}
