package io.github.compactkit;

import io.github.compactkit.extract.CompactExtractor;
import io.github.compactkit.ingest.SourceDocument;
import io.github.compactkit.layout.LayoutResult;
import io.github.compactkit.layout.TextLayout;
import io.github.compactkit.limits.ParseDeadline;
import io.github.compactkit.model.Compact;
import io.github.compactkit.structure.DocumentStructure;
import io.github.compactkit.structure.SectionTreeBuilder;

/**
 * Runs the stages after ingest: layout, structure, extraction, checking the time budget between
 * them. The parser's orchestration, kept out of the stages' own packages. Stateless and thread-safe.
 */
final class ParsePipeline {
    private final TextLayout layout = new TextLayout();
    private final SectionTreeBuilder structure = new SectionTreeBuilder();
    private final CompactExtractor extraction = new CompactExtractor();

    /** The model and the layout and structure it was built from: what an explanation needs. */
    record Assembly(Compact compact, LayoutResult layout, DocumentStructure structure) {
    }

    /** Builds the model of one ingested document. */
    Compact assemble(SourceDocument document) {
        return assembleWithLayout(document).compact();
    }

    /** Builds the model and keeps the layout and structure it came from. */
    Assembly assembleWithLayout(SourceDocument document) {
        ParseDeadline.check();
        LayoutResult laidOut = layout.layout(document.lines());
        ParseDeadline.check();
        DocumentStructure located = structure.build(laidOut.blocks(), laidOut.tableOfContents());
        ParseDeadline.check();
        return new Assembly(extraction.extract(document, laidOut, located), laidOut, located);
    }
}
