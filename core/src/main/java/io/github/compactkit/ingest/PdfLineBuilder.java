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
        return lines(glyphs, List.of());
    }

    /** The visual lines; a vertical rule (a table's cell border) between two glyphs splits a chunk however small the gap. */
    static List<PdfVisualLine> lines(List<PdfGlyph> glyphs, List<PdfArea> verticals) {
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
        mergeRaisedAndLowered(clusters);
        List<PdfVisualLine> lines = new ArrayList<>();
        for (List<PdfGlyph> cluster : clusters) {
            cluster.sort(Comparator.comparingDouble(PdfGlyph::x));
            List<PdfChunk> chunks = chunks(cluster, verticals);
            if (!chunks.isEmpty()) {
                lines.add(new PdfVisualLine(chunks));
            }
        }
        return lines;
    }

    /**
     * Superscripts and subscripts (footnote marks, "1st") sit off the baseline in a smaller size;
     * they belong to the line they touch, not to a line of their own.
     */
    private static void mergeRaisedAndLowered(List<List<PdfGlyph>> clusters) {
        for (int i = 0; i < clusters.size(); i++) {
            List<PdfGlyph> small = clusters.get(i);
            float size = maxSize(small);
            float baseline = small.get(0).baseline();
            for (int j : new int[] {i + 1, i - 1}) {
                if (j < 0 || j >= clusters.size()) {
                    continue;
                }
                List<PdfGlyph> host = clusters.get(j);
                // Compared with the host's glyphs around it: a line of another column beside a
                // larger heading is not a superscript of the heading.
                float hostSize = sizeAround(host, small);
                if (hostSize == 0) {
                    continue;
                }
                float hostBaseline = host.get(0).baseline();
                boolean smaller = size < 0.85f * hostSize;
                boolean touching = baseline > hostBaseline - hostSize && baseline < hostBaseline + 0.4f * hostSize;
                if (smaller && touching && overlapsHorizontally(small, host, hostSize)) {
                    host.addAll(small);
                    clusters.remove(i);
                    i--;
                    break;
                }
            }
        }
    }

    /** The largest size among the host's glyphs within a few sizes of the small glyphs horizontally; 0 if none. */
    private static float sizeAround(List<PdfGlyph> host, List<PdfGlyph> small) {
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        for (PdfGlyph g : small) {
            x0 = Math.min(x0, g.x());
            x1 = Math.max(x1, g.right());
        }
        float max = 0;
        for (PdfGlyph g : host) {
            float reach = 2 * g.fontSize();
            if (g.right() >= x0 - reach && g.x() <= x1 + reach) {
                max = Math.max(max, g.fontSize());
            }
        }
        return max;
    }

    private static float maxSize(List<PdfGlyph> glyphs) {
        float max = 0;
        for (PdfGlyph g : glyphs) {
            max = Math.max(max, g.fontSize());
        }
        return max;
    }

    /** The small glyphs lie within the host line's horizontal extent (or just past its ends). */
    private static boolean overlapsHorizontally(List<PdfGlyph> small, List<PdfGlyph> host, float hostSize) {
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        for (PdfGlyph g : host) {
            x0 = Math.min(x0, g.x());
            x1 = Math.max(x1, g.right());
        }
        for (PdfGlyph g : small) {
            if (g.x() < x0 - hostSize || g.right() > x1 + 2 * hostSize) {
                return false;
            }
        }
        return true;
    }

    private static boolean ruleBetween(List<PdfArea> verticals, PdfGlyph left, PdfGlyph right) {
        for (PdfArea v : verticals) {
            float x = (v.x0() + v.x1()) / 2;
            if (x >= left.right() - 0.5f && x <= right.x() + 0.5f && v.top() <= right.baseline() && v.bottom() >= right.baseline() - right.fontSize() / 2) {
                return true;
            }
        }
        return false;
    }

    private static List<PdfChunk> chunks(List<PdfGlyph> line, List<PdfArea> verticals) {
        List<PdfChunk> chunks = new ArrayList<>();
        List<PdfGlyph> run = new ArrayList<>();
        PdfGlyph previous = null;
        for (PdfGlyph g : line) {
            if (g.isSpace()) {
                run.add(g);
                continue;
            }
            if (previous != null && (g.x() - previous.right() > CHUNK_GAP * Math.max(g.fontSize(), previous.fontSize())
                    || !verticals.isEmpty() && ruleBetween(verticals, previous, g))) {
                addChunk(chunks, run);
                run = new ArrayList<>();
            }
            run.add(g);
            previous = g;
        }
        addChunk(chunks, run);
        for (int k = 0; k + 1 < chunks.size(); k++) {
            PdfChunk marker = chunks.get(k);
            PdfChunk rest = chunks.get(k + 1);
            // A list bullet or a heading number set off by a tab belongs to the text after it; further
            // along the line (the right column of a scan read as one line) only a bullet near its text.
            // A number far from the next chunk is a cell of its own ("Section" / "5" wrapped, then a date cell).
            boolean first = k == 0 && isMarker(marker.text()) && rest.x0() - marker.x1() < 6 * rest.fontSize();
            boolean bulletInside = k > 0 && PdfBullets.isBullet(marker.text())
                    && rest.x0() - marker.x1() < 3 * rest.fontSize();
            if (first || bulletInside) {
                chunks.set(k, new PdfChunk(marker.text() + " " + rest.text(), marker.x0(), rest.x1(),
                        Math.min(marker.top(), rest.top()), Math.max(marker.baseline(), rest.baseline()),
                        rest.fontSize(), rest.bold(), marker.startsWithSymbolGlyph(), rest.x0()));
                chunks.remove(k + 1);
            }
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
