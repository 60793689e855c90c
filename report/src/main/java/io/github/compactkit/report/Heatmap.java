package io.github.compactkit.report;

import java.util.List;

/**
 * A grid for the report: one row per area, one column per benchmark or theme. Each cell shows a
 * short label, is shaded by {@code level} (0 to 1) and a {@code status} class, and carries a detail
 * (the quoted evidence) shown on hover and click.
 *
 * @param id      a stable HTML id ("benchmarks", "themes")
 * @param title   the heading
 * @param caption one sentence saying how to read it
 * @param rows    row labels (areas)
 * @param columns column labels
 * @param cells   {@code cells.get(row).get(column)}
 */
public record Heatmap(String id, String title, String caption, List<String> rows, List<String> columns,
                      List<List<Cell>> cells) {

    public Heatmap {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        cells = cells.stream().map(List::copyOf).toList();
        int width = columns.size();
        if (cells.size() != rows.size() || cells.stream().anyMatch(r -> r.size() != width)) {
            throw new IllegalArgumentException("heatmap " + id + ": cells must be rows × columns");
        }
    }

    /**
     * One cell: {@code label} shown in it, {@code detail} on hover, {@code level} in [0, 1] for the
     * shade, {@code status} one of {@link #STATUSES} (or null) for a categorical colour.
     */
    public record Cell(String label, String detail, double level, String status) {
        public Cell {
            if (status != null && !STATUSES.contains(status)) {
                throw new IllegalArgumentException("unknown status " + status);
            }
            level = Math.max(0, Math.min(1, level));
        }
    }

    /** The categorical statuses the page has colours for (benchmark detection results). */
    public static final List<String> STATUSES = List.of("present", "stronger", "weaker", "absent");
}
