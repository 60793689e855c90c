package io.github.compactkit.compare;

import io.github.compactkit.model.Compact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The first stage of a corpus comparison: each compact's items, with words and terms computed once
 * per distinct text, and the distinct texts per item type that the later stages score. Each item
 * points at its text ({@link #textOf}); each text knows the items that carry it ({@link #holders}).
 */
final class CorpusTexts {
    /** Per compact, its items in ordinal order. */
    final List<List<CompareItem>> items;
    /** Per compact and item ordinal, the id of the item's distinct text. */
    final int[][] textOf;
    /** Per distinct text, the first item that carries it. */
    final List<CompareItem> representatives;
    final Holders holders;
    final TermVectors vocabulary;
    /** Per distinct text, its TF-IDF vector. */
    final List<TermVectors.Vector> vectors;
    /** Per distinct text, its item type: texts are only compared within a type. */
    final int[] groups;

    private CorpusTexts(List<List<CompareItem>> items, int[][] textOf, List<CompareItem> representatives, Holders holders,
                        TermVectors vocabulary, List<TermVectors.Vector> vectors, int[] groups) {
        this.items = items;
        this.textOf = textOf;
        this.representatives = representatives;
        this.holders = holders;
        this.vocabulary = vocabulary;
        this.vectors = vectors;
        this.groups = groups;
    }

    static CorpusTexts of(List<Compact> compacts, ItemCollector collector, boolean parallel) {
        int n = compacts.size();
        // 1. Items, with words and terms computed once per distinct text.
        Map<String, ItemCollector.Tokens> tokenCache = new ConcurrentHashMap<>();
        List<List<CompareItem>> items = stream(IntStream.range(0, n).boxed(), parallel)
                .map(c -> collector.collect(compacts.get(c), tokenCache)).toList();

        // 2. Distinct texts per item type; each item points at its text.
        Map<String, Integer> textIds = new HashMap<>();
        List<CompareItem> representatives = new ArrayList<>();
        List<List<int[]>> holders = new ArrayList<>(); // per text: {compact, ordinal}
        int[][] textOf = new int[n][];
        for (int c = 0; c < n; c++) {
            textOf[c] = new int[items.get(c).size()];
            for (CompareItem item : items.get(c)) {
                String key = textKey(item);
                Integer id = textIds.get(key);
                if (id == null) {
                    id = representatives.size();
                    textIds.put(key, id);
                    representatives.add(item);
                    holders.add(new ArrayList<>());
                }
                holders.get(id).add(new int[]{c, item.ordinal()});
                textOf[c][item.ordinal()] = id;
            }
        }
        Holders holderIndex = Holders.of(holders, items);
        TermVectors vocabulary = TermVectors.fit(representatives.stream().map(CompareItem::terms).toList());
        List<TermVectors.Vector> vectors = stream(representatives.stream(), parallel).map(i -> vocabulary.vector(i.terms())).toList();
        int[] groups = representatives.stream().mapToInt(i -> i.type().ordinal()).toArray();
        return new CorpusTexts(items, textOf, representatives, holderIndex, vocabulary, vectors, groups);
    }

    /** Every item of the corpus numbered compact by compact: where each compact's items start. */
    int[] offsets() {
        int[] offsets = new int[items.size() + 1];
        for (int c = 0; c < items.size(); c++) {
            offsets[c + 1] = offsets[c] + items.get(c).size();
        }
        return offsets;
    }

    int itemCount() {
        return items.stream().mapToInt(List::size).sum();
    }

    private static String textKey(CompareItem item) {
        return item.type().name() + '\u0000' + String.join(" ", item.words()) + '\u0000' + String.join(" ", item.terms());
    }

    static <T> Stream<T> stream(Stream<T> s, boolean parallel) {
        return parallel ? s.parallel() : s;
    }
}
