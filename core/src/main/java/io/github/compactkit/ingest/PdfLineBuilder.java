package io.github.compactkit.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a page's glyphs into visual lines (shared baseline) and splits each line into chunks at
 * gaps much wider than a word space: tab stops, table cell borders and column gutters.
 */
final class PdfLineBuilder {
    /** A gap wider than this many font sizes separates chunks. */
    static final float CHUNK_GAP = 0.9f;

    private PdfLineBuilder() {
    }

    static List<PdfVisualLine> lines(List<PdfGlyph> glyphs) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyph::baseline).thenComparingDouble(PdfGlyph::x));
        List<List<PdfGlyph>> clusters = new ArrayList<>();
        List<PdfGlyph> current = new ArrayList<>();
        float clusterBaseline = Float.NaN;
        float clusterSize = 0;
        for (PdfGlyph g : sorted) {
            float tolerance = 0.35f * Math.max(clusterSize, g.fontSize());
            if (!current.isEmpty() && Math.abs(g.baseline() - clusterBaseline) > tolerance) {
                clusters.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                clusterBaseline = g.baseline();
                clusterSize = g.fontSize();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            clusters.add(current);
        }
        List<PdfVisualLine> lines = new ArrayList<>();
        for (List<PdfGlyph> cluster : clusters) {
            cluster.sort(Comparator.comparingDouble(PdfGlyph::x));
            List<PdfChunk> chunks = chunks(cluster);
            if (!chunks.isEmpty()) {
                lines.add(new PdfVisualLine(chunks));
            }
        }
        return lines;
    }

    private static List<PdfChunk> chunks(List<PdfGlyph> line) {
        List<PdfChunk> chunks = new ArrayList<>();
        List<PdfGlyph> run = new ArrayList<>();
        PdfGlyph previous = null;
        for (PdfGlyph g : line) {
            if (g.isSpace()) {
                run.add(g);
                continue;
            }
            if (previous != null && g.x() - previous.right() > CHUNK_GAP * Math.max(g.fontSize(), previous.fontSize())) {
                addChunk(chunks, run);
                run = new ArrayList<>();
            }
            run.add(g);
            previous = g;
        }
        addChunk(chunks, run);
        if (chunks.size() >= 2 && isMarker(chunks.get(0).text())) {
            // A list bullet or a heading number set off by a tab belongs to the text after it.
            PdfChunk marker = chunks.remove(0);
            PdfChunk rest = chunks.remove(0);
            chunks.add(0, new PdfChunk(marker.text() + " " + rest.text(), marker.x0(), rest.x1(),
                    Math.min(marker.top(), rest.top()), Math.max(marker.baseline(), rest.baseline()),
                    rest.fontSize(), rest.bold(), marker.startsWithSymbolGlyph(), rest.x0()));
        }
        return chunks;
    }

    /** A bullet glyph or a list/heading number such as "2.3.1", "4.1)", "a)", "(iv)". */
    static boolean isMarker(String text) {
        return text.length() <= 12 && (PdfBullets.isBullet(text)
                || text.matches("(\\d{1,3}(\\.\\d{1,3})*[.)]?|\\(?[A-Za-z]{1,2}[.)]|\\([ivxIVX]{1,5}\\)|[ivxIVX]{1,5}[.)])"));
    }

    private static void addChunk(List<PdfChunk> chunks, List<PdfGlyph> run) {
        if (run.stream().anyMatch(g -> !g.isSpace())) {
            chunks.add(PdfChunk.of(run));
        }
    }
}
