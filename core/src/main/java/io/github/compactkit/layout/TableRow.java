package io.github.compactkit.layout;

import io.github.compactkit.model.Span;
import java.util.List;

/** One row of a table, its cells in order. */
public record TableRow(List<String> cells, Span span) implements Block {
    public TableRow {
        cells = List.copyOf(cells);
    }

    @Override
    public String text() {
        return String.join(" | ", cells);
    }
}
