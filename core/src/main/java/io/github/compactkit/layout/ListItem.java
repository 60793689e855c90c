package io.github.compactkit.layout;

import io.github.compactkit.model.Span;

/**
 * A list item: text without its marker, nesting level from 0, and the marker as written ("-", "•",
 * "(i)", "a)", "3.").
 */
public record ListItem(String text, int level, String marker, Span span) implements Block {
}
