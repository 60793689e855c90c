package io.github.compactkit.report;

import java.util.List;

/**
 * Everything the HTML and Markdown reports show, independent of how it was computed: the compacts
 * (areas), heatmaps, reuse links, matched commitments per pair, commitments shared across areas,
 * and notes on what is missing.
 */
public record Report(String title, List<String> areas, List<Heatmap> heatmaps, List<ReuseLink> reuse,
                     List<PairReport> pairs, List<SharedCommitment> shared, List<String> notes) {
    public Report {
        shared = List.copyOf(shared);
        areas = List.copyOf(areas);
        heatmaps = List.copyOf(heatmaps);
        reuse = List.copyOf(reuse);
        pairs = List.copyOf(pairs);
        notes = List.copyOf(notes);
    }
}
