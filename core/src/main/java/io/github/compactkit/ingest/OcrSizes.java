package io.github.compactkit.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Text sizes measured by OCR wobble by a few per cent from line to line (a line of capitals has no
 * descenders, a scan is a little blurred), where a typeset document has a handful of exact sizes.
 * Sizes are grouped over the whole document — a gap of more than {@value #GAP} between neighbouring
 * sizes separates groups — and each line takes its group's typical size, so that one heading style
 * stays one heading level.
 */
final class OcrSizes {
    static final float GAP = 0.06f;

    private OcrSizes() {
    }

    /** The OCR pages (by index) with their chunks' sizes snapped to their group's median. */
    static void snap(List<PdfPage> pages, Iterable<Integer> ocrIndexes) {
        List<float[]> sizes = new ArrayList<>(); // {size, characters}
        for (int i : ocrIndexes) {
            for (PdfVisualLine line : pages.get(i).lines()) {
                for (PdfChunk c : line.chunks()) {
                    sizes.add(new float[] {c.fontSize(), c.text().length()});
                }
            }
        }
        if (sizes.isEmpty()) {
            return;
        }
        sizes.sort((a, b) -> Float.compare(a[0], b[0]));
        List<float[]> groups = new ArrayList<>(); // {from, to, typical}
        int start = 0;
        for (int k = 1; k <= sizes.size(); k++) {
            if (k == sizes.size() || sizes.get(k)[0] > sizes.get(k - 1)[0] * (1 + GAP)) {
                groups.add(new float[] {sizes.get(start)[0], sizes.get(k - 1)[0], weightedMedian(sizes.subList(start, k))});
                start = k;
            }
        }
        for (int i : ocrIndexes) {
            PdfPage page = pages.get(i);
            List<PdfVisualLine> lines = new ArrayList<>();
            for (PdfVisualLine line : page.lines()) {
                List<PdfChunk> chunks = new ArrayList<>();
                for (PdfChunk c : line.chunks()) {
                    float size = typical(groups, c.fontSize());
                    chunks.add(new PdfChunk(c.text(), c.x0(), c.x1(), c.top(), c.baseline(), size, c.bold(),
                            c.startsWithSymbolGlyph(), c.textStart()));
                }
                lines.add(new PdfVisualLine(chunks));
            }
            pages.set(i, new PdfPage(page.number(), page.width(), page.height(), lines));
        }
    }

    private static float weightedMedian(List<float[]> sorted) {
        float total = 0;
        for (float[] s : sorted) {
            total += s[1];
        }
        float seen = 0;
        for (float[] s : sorted) {
            seen += s[1];
            if (seen * 2 >= total) {
                return s[0];
            }
        }
        return sorted.get(sorted.size() - 1)[0];
    }

    private static float typical(List<float[]> groups, float size) {
        for (float[] g : groups) {
            if (size >= g[0] && size <= g[1]) {
                return g[2];
            }
        }
        return size;
    }
}
