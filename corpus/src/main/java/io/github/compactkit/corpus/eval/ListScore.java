package io.github.compactkit.corpus.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Precision, recall and F1 of one list, rounded to 4 decimals exactly as Python's
 * {@code round(x, 4)} does, so figures equal {@code score.py}'s.
 *
 * @param truePositives matched items (with the list's extra condition, e.g. the same party)
 * @param predicted     items predicted (optional gold items excluded)
 * @param gold          items in the gold
 */
public record ListScore(int truePositives, int predicted, int gold, double precision, double recall, double f1) {

    /** The scores of {@code tp} matches among {@code npred} predicted and {@code ngold} gold items. */
    public static ListScore of(int tp, int npred, int ngold) {
        double p = npred > 0 ? (double) tp / npred : (ngold == 0 ? 1.0 : 0.0);
        double r = ngold > 0 ? (double) tp / ngold : 1.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new ListScore(tp, npred, ngold, round4(p), round4(r), round4(f));
    }

    /** Writes the figures into {@code node} under score.py's names (tp, pred, gold, precision, recall, f1). */
    public ObjectNode writeTo(ObjectNode node) {
        node.put("tp", truePositives);
        node.put("pred", predicted);
        node.put("gold", gold);
        node.put("precision", precision);
        node.put("recall", recall);
        node.put("f1", f1);
        return node;
    }

    /** Python's round(x, 4): the exact binary value rounded half-to-even. */
    static double round4(double x) {
        return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }
}
