package io.github.compactkit.model;

/** The sector a named partner belongs to. */
public enum Sector {
    STATUTORY,
    VCS,
    OTHER
}
