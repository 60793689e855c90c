package io.github.compactkit.ingest;

import java.util.List;

/**
 * The result of ingest: the lines of a document in reading order, the running headers, footers and
 * page numbers that were taken out (page furniture), the page count for paged formats, and warnings.
 */
public record SourceDocument(String fileName, String mediaType, Integer pages, String sha256,
                             List<SourceLine> lines, List<String> pageFurniture, List<String> warnings) {
    public SourceDocument {
        lines = List.copyOf(lines);
        pageFurniture = List.copyOf(pageFurniture);
        warnings = List.copyOf(warnings);
    }
}
