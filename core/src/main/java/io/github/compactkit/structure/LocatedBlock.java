package io.github.compactkit.structure;

import io.github.compactkit.layout.Block;
import io.github.compactkit.layout.Heading;
import java.util.List;

/**
 * A block with its place in the document: the number of the innermost numbered section holding it
 * (null before the first one) and the chain of headings above it, outermost first.
 */
public record LocatedBlock(Block block, String section, List<Heading> headings) {
    public LocatedBlock {
        headings = List.copyOf(headings);
    }

    /** Titles of the headings above, innermost first: where section-level context is looked up. */
    public List<String> titlesInnermostFirst() {
        java.util.ArrayList<String> titles = new java.util.ArrayList<>();
        for (int i = headings.size() - 1; i >= 0; i--) {
            titles.add(headings.get(i).title());
        }
        return titles;
    }
}
