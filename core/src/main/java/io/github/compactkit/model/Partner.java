package io.github.compactkit.model;

/** A body that is party to the compact, with its sector. */
public record Partner(String name, Sector sector) {
}
