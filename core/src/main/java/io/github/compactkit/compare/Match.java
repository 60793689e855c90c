package io.github.compactkit.compare;

import java.util.List;

/**
 * A matched pair of commitments with its kind, a score in [0, 1] (wording or meaning similarity,
 * whichever made the match) and the differences found.
 */
public record Match(MatchKind kind, double score, ComparedItem a, ComparedItem b, List<Difference> differences) {
    public Match {
        differences = List.copyOf(differences);
    }
}
