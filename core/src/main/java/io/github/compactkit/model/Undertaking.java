package io.github.compactkit.model;

import java.util.List;

/**
 * A commitment made by one party. {@code text} includes nested sub-items joined by "; ", which are
 * also given separately in {@code subItems}; {@code partyEvidence} says what decided the party
 * (the sentence's subject, a lead-in, a heading above, a definition).
 */
public record Undertaking(Party party, String text, String section, List<String> subItems,
                          List<String> themes, List<Quantity> quantities, Span span, String partyEvidence) {
    public Undertaking {
        subItems = List.copyOf(subItems);
        themes = List.copyOf(themes);
        quantities = List.copyOf(quantities);
    }

    /** An undertaking without a record of why it has its party (built by hand, or read from older JSON). */
    public Undertaking(Party party, String text, String section, List<String> subItems,
                       List<String> themes, List<Quantity> quantities, Span span) {
        this(party, text, section, subItems, themes, quantities, span, null);
    }

    /** A copy with other themes. */
    public Undertaking withThemes(List<String> newThemes) {
        return new Undertaking(party, text, section, subItems, newThemes, quantities, span, partyEvidence);
    }
}
