package io.github.compactkit.ingest;

import io.github.compactkit.model.BoundingBox;

/**
 * One logical line of a document after ingest: its text, 1-based line number, page (null for
 * unpaged formats), box on the page (PDF only), a layout hint and a level for that hint (0 when
 * unknown). Blank lines are kept as empty text: they separate paragraphs.
 */
public record SourceLine(String text, int number, Integer page, BoundingBox box, LineHint hint, int level) {

    /** A plain text line with no layout knowledge. */
    public static SourceLine plain(String text, int number) {
        return new SourceLine(text, number, null, null, LineHint.NONE, 0);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
