package io.github.compactkit.corpus;

import io.github.compactkit.corpus.eval.ListScore;
import io.github.compactkit.corpus.eval.Scorecard;
import java.util.ArrayList;
import java.util.List;

/** The one comparison the parity tests make: a rendering must score within a tolerance of its reference. */
final class ParityCheck {
    /** The lists compared: principles, undertakings (with party) and action points with lead and date. */
    static final List<String> LISTS = List.of(Scorecard.PRINCIPLES, Scorecard.UNDERTAKINGS,
            Scorecard.UNDERTAKINGS_WITH_PARTY, Scorecard.ACTION_POINTS, Scorecard.ACTION_LEAD, Scorecard.ACTION_TARGET_DATE);

    private ParityCheck() {
    }

    /** Each list where {@code other} scores more than {@code tolerance} below {@code reference} (named {@code referenceName}). */
    static List<String> worse(Scorecard reference, Scorecard other, double tolerance, String referenceName) {
        List<String> worse = new ArrayList<>();
        for (String list : LISTS) {
            double a = reference.list(list).map(ListScore::f1).orElse(1.0);
            double b = other.list(list).map(ListScore::f1).orElse(1.0);
            if (b < a - tolerance) {
                worse.add(String.format("%s %.4f < %s %.4f", list, b, referenceName, a));
            }
        }
        return worse;
    }
}
