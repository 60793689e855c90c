package io.github.compactkit.ingest;

import io.github.compactkit.model.BoundingBox;
import java.util.List;

/** A piece of a page in reading order: a line of running text or a table row. */
sealed interface PdfItem permits PdfItem.Text, PdfItem.Row {

    int page();

    /** Items of one flow (a column, a table, the page body) follow each other on the page. */
    int flow();

    /** A visual line of running text with the left and right edges of its column. */
    record Text(int page, int flow, PdfChunk chunk, float columnLeft, float columnRight) implements PdfItem {
    }

    /** A table row: for each column, the cell's visual lines top to bottom. */
    record Row(int page, int flow, List<List<String>> cells, BoundingBox box) implements PdfItem {
        public Row {
            cells = cells.stream().map(List::copyOf).toList();
        }
    }
}
