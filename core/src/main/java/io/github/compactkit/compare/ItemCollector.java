package io.github.compactkit.compare;

import io.github.compactkit.extract.ThemeClassifier;
import io.github.compactkit.model.ActionPoint;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.Party;
import io.github.compactkit.model.Principle;
import io.github.compactkit.model.Section;
import io.github.compactkit.model.Undertaking;
import io.github.compactkit.nlp.TextTokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lists a compact's commitments (principles, undertakings, action points) ready for scoring. */
final class ItemCollector {
    private final ThemeClassifier themes;
    private final Set<ItemType> types;

    ItemCollector(ThemeClassifier themes, Set<ItemType> types) {
        this.themes = themes;
        this.types = Set.copyOf(types);
    }

    List<CompareItem> collect(Compact compact) {
        return collect(compact, new java.util.HashMap<>());
    }

    /**
     * The compact's items; {@code tokens} caches words and terms by text across calls (corpora repeat
     * commitments word for word), and must be thread-safe if calls run in parallel.
     */
    List<CompareItem> collect(Compact compact, Map<String, Tokens> tokens) {
        List<Section> titles = compact.sections();
        List<CompareItem> out = new ArrayList<>();
        if (types.contains(ItemType.UNDERTAKING)) {
            for (Undertaking u : compact.undertakings()) {
                Tokens t = tokens(tokens, u.text());
                List<String> itemThemes = u.themes().isEmpty()
                        ? themes.classifyTerms(t.terms(), titlesOf(titles, u.section())) : u.themes();
                out.add(item(out.size(), new ComparedItem(ItemType.UNDERTAKING, u.party(), u.section(), u.text(), itemThemes),
                        t, u.quantities()));
            }
        }
        if (types.contains(ItemType.PRINCIPLE)) {
            for (Principle p : compact.principles()) {
                String text = p.name() == null ? p.text() : p.name() + " - " + p.text();
                Tokens t = tokens(tokens, text);
                out.add(item(out.size(), new ComparedItem(ItemType.PRINCIPLE, Party.JOINT, p.section(), text,
                        themes.classifyTerms(t.terms(), titlesOf(titles, p.section()))), t, List.of()));
            }
        }
        if (types.contains(ItemType.ACTION_POINT)) {
            for (ActionPoint a : compact.actionPoints()) {
                Tokens t = tokens(tokens, a.text());
                out.add(item(out.size(), new ComparedItem(ItemType.ACTION_POINT, null, a.section(), a.text(),
                        themes.classifyTerms(t.terms(), titlesOf(titles, a.section()))), t, List.of()));
            }
        }
        return out;
    }

    private static CompareItem item(int ordinal, ComparedItem item, Tokens tokens,
                                    List<io.github.compactkit.model.Quantity> quantities) {
        return new CompareItem(ordinal, item, tokens.words(), tokens.terms(), quantities);
    }

    private static Tokens tokens(Map<String, Tokens> cache, String text) {
        String key = text == null ? "" : text;
        Tokens found = cache.get(key);
        if (found == null) {
            List<String> words = TextTokens.words(key);
            found = new Tokens(List.copyOf(words), List.copyOf(TextTokens.terms(words)));
            cache.put(key, found);
        }
        return found;
    }

    /** Word tokens and content terms of one text. */
    record Tokens(List<String> words, List<String> terms) {
    }

    private static List<String> titlesOf(List<Section> sections, String section) {
        return ThemeClassifier.sectionTitles(section, sections);
    }
}
