package io.github.compactkit.compare;

/**
 * Which of two compacts is the likely source of shared wording: the earlier one by date. Without
 * both dates, the wording decides when it clearly can: a compact that copies another tends to
 * extend and merge its items ("… long term planning" becomes "… long term planning/ implement
 * multi-year funding models"), so the side whose reused items are mostly the longer, extended ones
 * is the copy. Reuse below {@link #MIN_SHARE} of either side's undertakings is no evidence of copying.
 */
final class ReuseSource {
    /** Share of undertakings with reused wording below which no source is named. */
    static final double MIN_SHARE = 0.2;

    private ReuseSource() {
    }

    /** Reused pairs needed before the wording alone names a source. */
    static final int MIN_DIRECTED_PAIRS = 3;

    static String likelySource(CompactRef a, double shareA, CompactRef b, double shareB) {
        return likelySource(a, shareA, b, shareB, 0, 0);
    }

    /**
     * As above; {@code aExtends} and {@code bExtends} count reused pairs where A's item (B's item)
     * holds the other's wording plus more, used when the dates cannot decide.
     */
    static String likelySource(CompactRef a, double shareA, CompactRef b, double shareB, int aExtends, int bExtends) {
        if (Math.max(shareA, shareB) < MIN_SHARE) {
            return null;
        }
        if (a.date() != null && b.date() != null) {
            int order = compareEdtf(a.date(), b.date());
            if (order != 0) {
                return order < 0 ? a.label() : b.label();
            }
        }
        int directed = aExtends + bExtends;
        if (directed >= MIN_DIRECTED_PAIRS) {
            if (aExtends * 3 >= directed * 2) {
                return b.label(); // A extends B's items: B came first
            }
            if (bExtends * 3 >= directed * 2) {
                return a.label();
            }
        }
        return null;
    }

    /** Whether the first item of a reused pair extends the second: longer, and holding its wording. */
    static boolean extendsOther(PairScore p, boolean aSide) {
        int la = p.a().words().size();
        int lb = p.b().words().size();
        return p.containment() >= 0.85 && (aSide ? la > lb : lb > la);
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
