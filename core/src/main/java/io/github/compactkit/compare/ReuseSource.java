package io.github.compactkit.compare;

/**
 * Which of two compacts is the likely source of shared wording: the earlier one by date. Reuse
 * below {@link #MIN_SHARE} of either side's undertakings is no evidence of copying.
 */
final class ReuseSource {
    /** Share of undertakings with reused wording below which no source is named. */
    static final double MIN_SHARE = 0.2;

    private ReuseSource() {
    }

    static String likelySource(CompactRef a, double shareA, CompactRef b, double shareB) {
        if (Math.max(shareA, shareB) < MIN_SHARE || a.date() == null || b.date() == null) {
            return null;
        }
        int order = compareEdtf(a.date(), b.date());
        if (order == 0) {
            return null;
        }
        return order < 0 ? a.label() : b.label();
    }

    /** Compares EDTF dates by year, then month (seasons and quarters as their first month), else equal. */
    static int compareEdtf(String x, String y) {
        int byYear = Integer.compare(year(x), year(y));
        if (byYear != 0) {
            return byYear;
        }
        return Integer.compare(month(x), month(y));
    }

    private static int year(String edtf) {
        try {
            return Integer.parseInt(edtf.substring(0, Math.min(4, edtf.length())));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static int month(String edtf) {
        if (edtf.length() < 7) {
            return 0;
        }
        try {
            int m = Integer.parseInt(edtf.substring(5, 7));
            if (m >= 21 && m <= 24) {
                return 3 * (m - 21) + 3; // spring = March ... winter = December
            }
            if (m >= 33 && m <= 36) {
                return 3 * (m - 33) + 1; // Q1 = January ...
            }
            return m;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
