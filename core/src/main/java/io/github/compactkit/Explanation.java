package io.github.compactkit;

import io.github.compactkit.model.Compact;
import io.github.compactkit.model.Span;
import java.util.List;

/**
 * Why a document was read as it was: block by block, what layout took the block for and which rule
 * decided, and what extraction then made of it (an undertaking and what gave its party, a
 * principle, an action point, or a diagnostic saying why it was set aside). Made by
 * {@link CompactParser#explain(java.nio.file.Path)}.
 */
public record Explanation(Compact compact, List<BlockExplanation> blocks) {
    public Explanation {
        blocks = List.copyOf(blocks);
    }

    /** One block: its kind ("heading", "paragraph", "list item", "table row"), the rule, and what it became. */
    public record BlockExplanation(String kind, String rule, String section, String text, Span span, List<String> outcomes) {
        public BlockExplanation {
            outcomes = List.copyOf(outcomes);
        }
    }
}
