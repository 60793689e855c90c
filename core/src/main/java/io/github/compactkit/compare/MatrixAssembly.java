package io.github.compactkit.compare;

import io.github.compactkit.extract.ThemeClassifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The last stage of a corpus comparison: the matrix from the aligned pairs (similarity, reuse of
 * wording), each compact's theme coverage, and the clusters of equivalent commitments.
 */
final class MatrixAssembly {
    private MatrixAssembly() {
    }

    /** The similarity matrix, rounded and symmetric with a unit diagonal. */
    static List<List<Double>> similarity(int n, List<CorpusAlignment.PairResult> results) {
        double[][] similarity = new double[n][n];
        for (int i = 0; i < n; i++) {
            similarity[i][i] = 1.0;
        }
        for (CorpusAlignment.PairResult r : results) {
            similarity[r.i()][r.j()] = PairwiseAligner.round(r.similarity());
            similarity[r.j()][r.i()] = similarity[r.i()][r.j()];
        }
        List<List<Double>> simRows = new ArrayList<>();
        for (double[] row : similarity) {
            simRows.add(Arrays.stream(row).boxed().toList());
        }
        return simRows;
    }

    /** The pairs of compacts that reuse each other's wording, with the likely source. */
    static List<ReuseLink> reuse(List<CompactRef> refs, List<CorpusAlignment.PairResult> results) {
        List<ReuseLink> reuse = new ArrayList<>();
        for (CorpusAlignment.PairResult r : results) {
            // Below the threshold a shared phrase or two (often from the national template) is not reuse.
            if (Math.max(r.shareA(), r.shareB()) >= ReuseSource.MIN_SHARE) {
                reuse.add(new ReuseLink(refs.get(r.i()).label(), refs.get(r.j()).label(), PairwiseAligner.round(r.shareA()),
                        PairwiseAligner.round(r.shareB()), ReuseSource.likelySource(refs.get(r.i()), r.shareA(), refs.get(r.j()),
                        r.shareB(), r.aExtends(), r.bExtends())));
            }
        }
        return reuse;
    }

    /** Each compact's undertakings counted by theme. */
    static List<ThemeCoverage> themes(List<CompactRef> refs, List<List<CompareItem>> items) {
        List<ThemeCoverage> themes = new ArrayList<>();
        for (int c = 0; c < items.size(); c++) {
            themes.add(themeCoverage(refs.get(c).label(), items.get(c)));
        }
        return themes;
    }

    private static ThemeCoverage themeCoverage(String label, List<CompareItem> items) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String id : ThemeClassifier.defaults().ids()) {
            counts.put(id, 0);
        }
        for (CompareItem item : items) {
            if (item.type() == ItemType.UNDERTAKING) {
                for (String theme : item.item().themes()) {
                    counts.merge(theme, 1, Integer::sum);
                }
            }
        }
        return new ThemeCoverage(label, counts);
    }

    static List<CommitmentCluster> clusters(UnionFind uf, List<List<CompareItem>> items, List<CompactRef> refs) {
        Map<Integer, List<int[]>> byRoot = new TreeMap<>();
        for (int c = 0; c < items.size(); c++) {
            for (CompareItem item : items.get(c)) {
                byRoot.computeIfAbsent(uf.find(uf.id(c, item.ordinal())), k -> new ArrayList<>()).add(new int[]{c, item.ordinal()});
            }
        }
        List<CommitmentCluster> out = new ArrayList<>();
        for (List<int[]> members : byRoot.values()) {
            long compacts = members.stream().mapToInt(m -> m[0]).distinct().count();
            if (compacts < 2) {
                continue;
            }
            Map<String, Integer> wordings = new LinkedHashMap<>();
            List<ClusterMember> list = new ArrayList<>();
            for (int[] m : members) {
                CompareItem item = items.get(m[0]).get(m[1]);
                wordings.merge(item.item().text(), 1, Integer::sum);
                list.add(new ClusterMember(refs.get(m[0]).label(), item.item()));
            }
            // The most common wording represents the cluster; the first seen wins a tie.
            String representative = null;
            int best = 0;
            for (Map.Entry<String, Integer> w : wordings.entrySet()) {
                if (w.getValue() > best) {
                    best = w.getValue();
                    representative = w.getKey();
                }
            }
            String rep = representative;
            List<String> themes = list.stream().filter(m -> Objects.equals(m.item().text(), rep)).findFirst()
                    .map(m -> m.item().themes()).orElse(List.of());
            out.add(new CommitmentCluster(rep, themes, (int) compacts, list));
        }
        out.sort((x, y) -> x.compacts() != y.compacts() ? Integer.compare(y.compacts(), x.compacts())
                : x.members().size() != y.members().size() ? Integer.compare(y.members().size(), x.members().size())
                : String.valueOf(x.representative()).compareTo(String.valueOf(y.representative())));
        return out;
    }
}
