package io.github.compactkit.layout;

import java.util.List;

/**
 * The blocks of a document in reading order, plus what layout set aside: table-of-contents
 * entries, footnotes and page furniture (running headers, footers, page numbers); and for each
 * block, the rule that decided what it is.
 */
public record LayoutResult(List<Block> blocks, List<String> tableOfContents, List<String> footnotes,
                           List<String> pageFurniture, List<String> rules) {
    public LayoutResult {
        rules = List.copyOf(rules);
        blocks = List.copyOf(blocks);
        tableOfContents = List.copyOf(tableOfContents);
        footnotes = List.copyOf(footnotes);
        pageFurniture = List.copyOf(pageFurniture);
    }
}
