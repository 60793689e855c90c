package io.github.compactkit.report;

import java.util.List;

/**
 * Two matched commitments shown side by side, with how they match and what differs.
 *
 * @param kind        verbatim, near, merged, paraphrase
 * @param score       similarity in [0, 1]
 * @param party       who makes the commitment (A's side)
 * @param aSection    A's section number
 * @param aText       A's text
 * @param bSection    B's section number
 * @param bText       B's text
 * @param differences "quantity: 12 weeks → 8 weeks" and the like
 */
public record MatchedPair(String kind, double score, String party, String aSection, String aText, String bSection,
                          String bText, List<String> differences) {
    public MatchedPair {
        differences = List.copyOf(differences);
    }
}
