package io.github.compactkit.layout;

import io.github.compactkit.model.Span;

/** A unit of document layout: a heading, a paragraph, a list item or a table row. */
public sealed interface Block permits Heading, Paragraph, ListItem, TableRow {

    /** The block's text (for a table row, its cells joined by " | "). */
    String text();

    /** Where the block came from. */
    Span span();
}
