package io.github.compactkit.report;

import io.github.compactkit.extract.Theme;
import io.github.compactkit.extract.ThemeClassifier;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.Section;
import io.github.compactkit.model.Undertaking;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The areas × themes heatmap: how many undertakings each compact makes on each theme of the
 * taxonomy. Uses the themes the parser gave; classifies an undertaking itself when it has none.
 */
public final class ThemeCoverage {
    private static final int EXAMPLES = 3;

    private ThemeCoverage() {
    }

    /** The heatmap over {@code compacts}, rows labelled by {@code labels}. */
    public static Heatmap heatmap(List<Compact> compacts, List<String> labels) {
        ThemeClassifier classifier = ThemeClassifier.defaults();
        List<Theme> taxonomy = classifier.taxonomy();
        int[][] counts = new int[compacts.size()][taxonomy.size()];
        List<List<List<String>>> examples = new ArrayList<>();
        int max = 1;
        for (int r = 0; r < compacts.size(); r++) {
            Compact c = compacts.get(r);
            Map<String, String> titles = sectionTitles(c.sections());
            List<List<String>> rowExamples = new ArrayList<>();
            taxonomy.forEach(t -> rowExamples.add(new ArrayList<>()));
            for (Undertaking u : c.undertakings()) {
                List<String> themes = u.themes().isEmpty()
                        ? classifier.classify(u.text(), titlesAbove(u.section(), titles)) : u.themes();
                for (int t = 0; t < taxonomy.size(); t++) {
                    if (themes.contains(taxonomy.get(t).id())) {
                        counts[r][t]++;
                        max = Math.max(max, counts[r][t]);
                        if (rowExamples.get(t).size() < EXAMPLES) {
                            rowExamples.get(t).add((u.section() == null ? "" : u.section() + " ") + u.text());
                        }
                    }
                }
            }
            examples.add(rowExamples);
        }
        List<List<Heatmap.Cell>> cells = new ArrayList<>();
        for (int r = 0; r < compacts.size(); r++) {
            List<Heatmap.Cell> row = new ArrayList<>();
            for (int t = 0; t < taxonomy.size(); t++) {
                int n = counts[r][t];
                List<String> ex = examples.get(r).get(t);
                String detail = n == 0 ? "No undertaking on this theme."
                        : n + " undertaking" + (n == 1 ? "" : "s") + ", e.g.:\n• " + String.join("\n• ", ex);
                row.add(new Heatmap.Cell(String.valueOf(n), detail, (double) n / max, null));
            }
            cells.add(row);
        }
        return new Heatmap("themes", "Themes by area",
                "Undertakings per theme of the commitment taxonomy; darker is more. Click a cell for examples.",
                labels, taxonomy.stream().map(Theme::label).toList(), cells);
    }

    private static Map<String, String> sectionTitles(List<Section> sections) {
        Map<String, String> out = new HashMap<>();
        for (Section s : sections) {
            if (s.number() != null) {
                out.putIfAbsent(s.number(), s.title());
            }
            out.putAll(sectionTitles(s.children()).entrySet().stream()
                    .filter(e -> !out.containsKey(e.getKey()))
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        }
        return out;
    }

    /** Titles of "2.3.2", "2.3", "2", nearest first, for the ones the tree has. */
    private static List<String> titlesAbove(String number, Map<String, String> titles) {
        List<String> out = new ArrayList<>();
        String n = number;
        while (n != null && !n.isEmpty()) {
            String t = titles.get(n);
            if (t != null) {
                out.add(t);
            }
            int dot = n.lastIndexOf('.');
            n = dot < 0 ? null : n.substring(0, dot);
        }
        return out;
    }
}
