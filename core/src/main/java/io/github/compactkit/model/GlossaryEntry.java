package io.github.compactkit.model;

/** A defined term or acronym and its meaning. */
public record GlossaryEntry(String term, String definition) {
}
