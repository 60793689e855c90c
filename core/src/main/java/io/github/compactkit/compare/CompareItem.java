package io.github.compactkit.compare;

import io.github.compactkit.model.Quantity;
import java.util.List;

/**
 * A commitment prepared for scoring: the public view plus its word tokens, content terms and
 * declared quantities; its words as ids in order (for fast wording similarity).
 * {@code ordinal} is its position in its compact's item list.
 */
record CompareItem(int ordinal, ComparedItem item, List<String> words, List<String> terms,
                   List<Quantity> quantities, int[] wordIds) {
    CompareItem {
        words = List.copyOf(words);
        terms = List.copyOf(terms);
        quantities = List.copyOf(quantities);
    }

    CompareItem(int ordinal, ComparedItem item, List<String> words, List<String> terms, List<Quantity> quantities) {
        this(ordinal, item, words, terms, quantities, WordIds.of(words));
    }

    ItemType type() {
        return item.type();
    }
}
