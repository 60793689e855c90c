package io.github.compactkit.ingest;

import java.util.List;

/**
 * The visual lines of one PDF page, top to bottom, with the page's size in points and its wide painted
 * areas (rules and backgrounds; none on a scan).
 */
record PdfPage(int number, float width, float height, List<PdfVisualLine> lines, List<PdfArea> areas) {
    PdfPage {
        lines = List.copyOf(lines);
        areas = List.copyOf(areas);
    }

    PdfPage(int number, float width, float height, List<PdfVisualLine> lines) {
        this(number, width, height, lines, List.of());
    }

    /** Characters of text on the page, spaces and tabs not counted. */
    int characters() {
        int n = 0;
        for (PdfVisualLine line : lines) {
            for (PdfChunk chunk : line.chunks()) {
                n += chunk.text().replace(" ", "").length();
            }
        }
        return n;
    }
}
