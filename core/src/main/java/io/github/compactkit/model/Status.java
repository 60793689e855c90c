package io.github.compactkit.model;

/** Draft or final, when the document says so. */
public enum Status {
    DRAFT,
    FINAL
}
