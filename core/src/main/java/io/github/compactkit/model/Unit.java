package io.github.compactkit.model;

/** Unit of a quantified commitment ("12 weeks" is 12 {@code WEEK}). */
public enum Unit {
    DAY,
    WEEK,
    MONTH,
    YEAR
}
