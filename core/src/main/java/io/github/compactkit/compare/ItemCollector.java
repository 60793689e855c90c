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
        Map<String, List<String>> titles = sectionTitles(compact.sections());
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

    private static List<String> titlesOf(Map<String, List<String>> titles, String section) {
        if (section == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(titles.getOrDefault(section, List.of()));
        // Flat or partial trees (gold-built models, lenient parses): add numbered parents' titles,
        // "2.4.2" → "2.4" → "2", so "2.4 Funding Streams" still names the theme.
        String number = section;
        int dot;
        while ((dot = number.lastIndexOf('.')) > 0) {
            number = number.substring(0, dot);
            for (String title : titles.getOrDefault(number, List.of())) {
                if (!out.contains(title)) {
                    out.add(title);
                }
            }
        }
        return out;
    }

    /** For each numbered section: its title and its ancestors' titles, nearest first. */
    static Map<String, List<String>> sectionTitles(List<Section> roots) {
        Map<String, List<String>> out = new HashMap<>();
        walk(roots, new ArrayList<>(), out);
        return out;
    }

    private static void walk(List<Section> sections, List<String> above, Map<String, List<String>> out) {
        for (Section s : sections) {
            List<String> path = new ArrayList<>();
            if (s.title() != null) {
                path.add(s.title());
            }
            path.addAll(above);
            if (s.number() != null) {
                out.putIfAbsent(s.number(), List.copyOf(path));
            }
            walk(s.children(), path, out);
        }
    }
}
