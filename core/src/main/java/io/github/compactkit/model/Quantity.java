package io.github.compactkit.model;

/**
 * A quantified promise inside a commitment: "minimum of 12 weeks" to respond to consultations is
 * {@code 12 WEEK consultation}. {@code text} is the phrase the value was read from.
 */
public record Quantity(int value, Unit unit, String topic, String text) {
}
