package io.github.compactkit.compare;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.compactkit.model.Compact;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores a comparator on a blind alignment gold ({@code corpus/gold/compare/A-vs-B.json}, over
 * models built from the two compacts' gold files, so parsing losses are excluded): recall by kind
 * (near counts the gold's verbatim and near pairs), and precision: the undertaking pairs reported
 * that the gold confirms ÷ the undertaking pairs reported (a reported pair the gold does not list —
 * an item the gold leaves unmatched, or the wrong partner — is false).
 */
record BlindAlignmentScore(String pair, Count near, Count merged, Count paraphrase, int reported, int confirmed,
                           List<String> missed, List<String> unconfirmed) {

    /** Found of total. */
    record Count(int found, int total) {
        Count plus(Count o) {
            return new Count(found + o.found, total + o.total);
        }

        double value() {
            return total == 0 ? 1.0 : (double) found / total;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d/%d = %.2f", found, total, value());
        }
    }

    static BlindAlignmentScore of(CompactComparator comparator, String pair) {
        String[] names = pair.split("-vs-");
        Compact a = GoldCompacts.load(names[0], null);
        Compact b = GoldCompacts.load(names[1], null);
        CompactComparison c = comparator.compare(a, b);
        AlignmentGold gold = AlignmentGold.load(pair);
        List<Match> reported = c.matches().stream().filter(m -> m.a().type() == ItemType.UNDERTAKING).toList();
        List<String> missed = new ArrayList<>();
        int[][] counts = new int[3][2];
        for (JsonNode g : gold.pairs()) {
            String kind = g.path("kind").asText();
            int group = switch (kind) {
                case "verbatim", "near" -> 0;
                case "merged" -> 1;
                default -> 2;
            };
            counts[group][1]++;
            boolean found = reported.stream().anyMatch(m -> AlignmentGold.same(m.a().text(), g.path("a").asText())
                    && AlignmentGold.same(m.b().text(), g.path("b").asText()));
            if (found) {
                counts[group][0]++;
            } else {
                missed.add(kind + ": " + g.path("a").asText() + "  <->  " + g.path("b").asText());
            }
        }
        int confirmed = 0;
        List<String> unconfirmed = new ArrayList<>();
        for (Match m : reported) {
            boolean inGold = false;
            for (JsonNode g : gold.pairs()) {
                if (AlignmentGold.same(m.a().text(), g.path("a").asText()) && AlignmentGold.same(m.b().text(), g.path("b").asText())) {
                    inGold = true;
                    break;
                }
            }
            if (inGold) {
                confirmed++;
            } else {
                unconfirmed.add(m.kind() + " " + m.score() + ": " + m.a().text() + "  <->  " + m.b().text());
            }
        }
        return new BlindAlignmentScore(pair, new Count(counts[0][0], counts[0][1]), new Count(counts[1][0], counts[1][1]),
                new Count(counts[2][0], counts[2][1]), reported.size(), confirmed, missed, unconfirmed);
    }

    double precision() {
        return reported == 0 ? 1.0 : (double) confirmed / reported;
    }

    /** The figures of several pairs together. */
    static BlindAlignmentScore sum(String name, List<BlindAlignmentScore> scores) {
        Count near = new Count(0, 0);
        Count merged = new Count(0, 0);
        Count paraphrase = new Count(0, 0);
        int reported = 0;
        int confirmed = 0;
        List<String> missed = new ArrayList<>();
        List<String> unconfirmed = new ArrayList<>();
        for (BlindAlignmentScore s : scores) {
            near = near.plus(s.near);
            merged = merged.plus(s.merged);
            paraphrase = paraphrase.plus(s.paraphrase);
            reported += s.reported;
            confirmed += s.confirmed;
            missed.addAll(s.missed);
            unconfirmed.addAll(s.unconfirmed);
        }
        return new BlindAlignmentScore(name, near, merged, paraphrase, reported, confirmed, missed, unconfirmed);
    }

    /** One line: the pair and its figures. */
    String line() {
        Count all = near.plus(merged).plus(paraphrase);
        return String.format(Locale.ROOT, "%s: near %s, merged %s, paraphrase %s, all %s, precision %d/%d = %.2f",
                pair, near, merged, paraphrase, all, confirmed, reported, precision());
    }
}
