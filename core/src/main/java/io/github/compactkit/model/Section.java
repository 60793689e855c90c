package io.github.compactkit.model;

import java.util.List;

/**
 * A node of the section tree: number ("2.3", "Part 3", "Appendix A"; null for an unnumbered heading),
 * title, depth (1 = top) and children.
 */
public record Section(String number, String title, int level, List<Section> children, Span span) {
    public Section {
        children = List.copyOf(children);
    }
}
