package io.github.compactkit.layout;

import io.github.compactkit.model.Span;

/** Running text, its lines joined. */
public record Paragraph(String text, Span span) implements Block {
}
