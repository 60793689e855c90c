package io.github.compactkit.report;

import io.github.compactkit.compare.CompactComparison;
import io.github.compactkit.compare.Difference;
import io.github.compactkit.compare.Match;
import io.github.compactkit.compare.Reuse;
import java.util.List;
import java.util.Locale;

/** Turns a comparison of two compacts into the report's side-by-side rows and reuse link. */
public final class PairReports {
    private PairReports() {
    }

    /** The matched commitments of {@code c}, labelled {@code a} and {@code b}. */
    public static PairReport of(CompactComparison c, String a, String b) {
        List<MatchedPair> rows = c.matches().stream().map(PairReports::row).toList();
        return new PairReport(a, b, rows, c.onlyInA().size(), c.onlyInB().size());
    }

    /** The reuse of wording between the two, or null when neither shares any. */
    public static ReuseLink reuse(CompactComparison c, String a, String b) {
        Reuse r = c.reuse();
        if (r == null || (r.shareOfAReusedFromB() == 0 && r.shareOfBReusedFromA() == 0)) {
            return null;
        }
        String source = r.likelySource();
        // The comparison names the source by file; the report speaks of areas.
        if (source != null && c.a() != null && source.equals(c.a().label())) {
            source = a;
        } else if (source != null && c.b() != null && source.equals(c.b().label())) {
            source = b;
        }
        return new ReuseLink(a, b, r.shareOfAReusedFromB(), r.shareOfBReusedFromA(), source);
    }

    private static MatchedPair row(Match m) {
        List<String> diffs = m.differences().stream().map(PairReports::describe).toList();
        return new MatchedPair(m.kind().name().toLowerCase(Locale.ROOT), m.score(),
                m.a().party() == null ? m.a().type().name().toLowerCase(Locale.ROOT).replace('_', ' ') : m.a().party().name(),
                m.a().section(), m.a().text(), m.b().section(), m.b().text(), diffs);
    }

    /** "quantity: 12 weeks → 8 weeks"; a missing side is "—". */
    static String describe(Difference d) {
        return d.kind().name().toLowerCase(Locale.ROOT) + ": " + (d.a() == null ? "—" : d.a()) + " → "
                + (d.b() == null ? "—" : d.b());
    }
}
