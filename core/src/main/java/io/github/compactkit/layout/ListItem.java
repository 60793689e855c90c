package io.github.compactkit.layout;

import io.github.compactkit.model.Span;

/**
 * A list item: text without its marker, nesting level from 0, and the marker as written ("-", "•",
 * "(i)", "a)", "3.").
 */
public record ListItem(String text, int level, String marker, Span span) implements Block {
    /** True when the marker is a glyph ("•", "-", "o", "☐") rather than a number or letter that names the item. */
    public boolean bulleted() {
        return marker.equals("o") || marker.chars().noneMatch(Character::isLetterOrDigit);
    }

    /** True when the item stops at its modal ("The Council will:"): it says who promises, its sub-items what. */
    public boolean stopsAtModal() {
        return LineText.BARE_LEAD_IN.matcher(text).find();
    }
}
