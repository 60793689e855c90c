package io.github.compactkit.model;

/** Whether a document is a compact itself or something else (a guide about compacts, a report). */
public enum DocumentType {
    COMPACT,
    OTHER
}
