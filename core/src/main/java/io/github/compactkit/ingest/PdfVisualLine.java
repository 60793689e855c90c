package io.github.compactkit.ingest;

import java.util.List;
import java.util.stream.Collectors;

/** The glyphs of one page sharing a baseline, split into chunks at wide horizontal gaps. */
record PdfVisualLine(List<PdfChunk> chunks) {
    PdfVisualLine {
        chunks = List.copyOf(chunks);
    }

    float x0() {
        return chunks.get(0).x0();
    }

    float x1() {
        return chunks.get(chunks.size() - 1).x1();
    }

    float top() {
        return (float) chunks.stream().mapToDouble(PdfChunk::top).min().orElse(0);
    }

    float baseline() {
        return (float) chunks.stream().mapToDouble(PdfChunk::baseline).max().orElse(0);
    }

    float fontSize() {
        return (float) chunks.stream().mapToDouble(PdfChunk::fontSize).max().orElse(0);
    }

    /** The chunks' text joined by a tab, as a plain-text rendering would show a tab stop. */
    String text() {
        return chunks.stream().map(PdfChunk::text).collect(Collectors.joining("\t"));
    }
}
