package io.github.compactkit.report;

import java.util.List;

/**
 * What one compared pair of compacts contributes to the report: the matched commitments side by side
 * and the counts of what only one side has.
 */
public record PairReport(String a, String b, List<MatchedPair> matches, int onlyInA, int onlyInB) {
    public PairReport {
        matches = List.copyOf(matches);
    }
}
