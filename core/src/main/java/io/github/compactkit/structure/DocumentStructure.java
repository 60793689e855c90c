package io.github.compactkit.structure;

import io.github.compactkit.model.Section;
import java.util.List;

/** The section tree of a document and every block located in it. */
public record DocumentStructure(List<Section> sections, List<LocatedBlock> blocks) {
    public DocumentStructure {
        sections = List.copyOf(sections);
        blocks = List.copyOf(blocks);
    }
}
