package io.github.compactkit.extract;

import io.github.compactkit.ingest.SourceDocument;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.DocumentType;
import io.github.compactkit.model.Source;
import java.util.List;

/** Runs the stages after ingest: layout, structure, extraction. Stateless and thread-safe. */
public final class CompactAssembler {

    /** Builds the model of one ingested document. */
    public Compact assemble(SourceDocument document) {
        Source source = new Source(document.fileName(), document.mediaType(), document.pages(), document.sha256());
        return new Compact(Compact.SCHEMA_VERSION, source, null, null, null, null, DocumentType.OTHER,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                document.pageFurniture(), document.warnings());
    }
}
