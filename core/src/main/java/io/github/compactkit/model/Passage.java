package io.github.compactkit.model;

/**
 * Running text that no item of the model holds (a paragraph, list item or table row outside the
 * glossary), with the number of its section: the narrative where a compact states its review date
 * or dispute route. It makes the model carry everything comparison reads, whatever the input format.
 */
public record Passage(String text, String section, Span span) {
}
