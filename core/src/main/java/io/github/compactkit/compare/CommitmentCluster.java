package io.github.compactkit.compare;

import java.util.List;

/**
 * Equivalent commitments across areas: the most common wording ({@code representative}), its themes,
 * how many compacts make it and each compact's wording.
 */
public record CommitmentCluster(String representative, List<String> themes, int compacts, List<ClusterMember> members) {
    public CommitmentCluster {
        themes = List.copyOf(themes);
        members = List.copyOf(members);
    }
}
