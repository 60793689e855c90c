package io.github.compactkit.compare;

import io.github.compactkit.model.Party;
import java.util.List;

/**
 * One commitment as seen by a comparison: its type, party (null for action points), section
 * number, text and themes (ids from {@link io.github.compactkit.extract.ThemeClassifier}).
 */
public record ComparedItem(ItemType type, Party party, String section, String text, List<String> themes) {
    public ComparedItem {
        themes = List.copyOf(themes);
    }

    /** The first (strongest) theme, or {@code "other"} when none was assigned. */
    public String primaryTheme() {
        return themes.isEmpty() ? "other" : themes.get(0);
    }
}
