package io.github.compactkit.ingest;

/**
 * What a reader that sees layout (PDF fonts, DOCX styles, HTML tags) knows about a line. Plain text
 * gives {@link #NONE} and the layout stage decides from the words alone.
 */
public enum LineHint {
    /** Nothing known beyond the text. */
    NONE,
    /** A heading (style, tag, or larger/bold font); {@link SourceLine#level()} gives its depth when known. */
    HEADING,
    /** A list item whose marker the reader removed; {@link SourceLine#level()} gives nesting from 0. */
    LIST_ITEM,
    /** One row of a table, cells separated by a tab. */
    TABLE_ROW,
    /** Continues the previous line's paragraph (the reader joined visual lines it could not merge). */
    CONTINUATION
}
