package io.github.compactkit.model;

import java.util.List;

/**
 * A commitment made by one party. {@code text} includes nested sub-items joined by "; ", which are
 * also given separately in {@code subItems}.
 */
public record Undertaking(Party party, String text, String section, List<String> subItems,
                          List<String> themes, List<Quantity> quantities, Span span) {
    public Undertaking {
        subItems = List.copyOf(subItems);
        themes = List.copyOf(themes);
        quantities = List.copyOf(quantities);
    }

    /** A copy with other themes. */
    public Undertaking withThemes(List<String> newThemes) {
        return new Undertaking(party, text, section, subItems, newThemes, quantities, span);
    }
}
