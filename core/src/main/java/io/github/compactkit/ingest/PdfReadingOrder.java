package io.github.compactkit.ingest;

import io.github.compactkit.model.BoundingBox;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a page's visual lines in reading order. Runs of lines that share vertical whitespace gutters
 * are either two text columns (read left column first) or a table (read row by row, cells joined
 * per column); everything else is single-column text read top to bottom.
 */
final class PdfReadingOrder {
    private int nextFlow;
    /** The gutters of the table that ended the page before, if one did: a table the page break split goes on with them. */
    private List<float[]> tableAtPageEnd;

    /** Flow ids must be unique over the document, so one instance serves all pages in order. */
    List<PdfItem> order(PdfPage page, List<PdfVisualLine> lines) {
        List<PdfItem> items = new ArrayList<>();
        float left = (float) lines.stream().mapToDouble(PdfVisualLine::x0).min().orElse(0);
        float right = (float) lines.stream().mapToDouble(PdfVisualLine::x1).max().orElse(page.width());
        int bodyFlow = nextFlow++;
        int i = 0;
        int n = lines.size();
        int trailing = 0; // lines just added one by one as body text
        List<float[]> continuing = tableAtPageEnd;
        tableAtPageEnd = null;
        while (i < n) {
            List<float[]> inherited = i == 0 ? continuing : null;
            Region region = lines.get(i).chunks().size() >= 2 || sideBySide(lines, i) != null ? region(lines, i, page.areas(), inherited) : null;
            if (region == null) {
                items.add(new PdfItem.Text(page.number(), bodyFlow, merged(lines.get(i)), left, right));
                i++;
                trailing++;
                continue;
            }
            List<PdfVisualLine> members = lines.subList(i, region.end);
            Boolean boxRight = null;
            List<PdfItem> grid = boxes(page.number(), members, page.areas());
            if (grid == null && region.gutters.size() >= 2) {
                grid = cards(page.number(), region.gutters, members);
            }
            if (grid != null) {
                items.addAll(grid);
            } else if (isTextColumns(region.gutters, members, left, right) && interiorEdges(members, page.areas()).isEmpty()
                    || (boxRight = sidebar(region.gutters, members, page.areas())) != null) {
                List<float[]> g = region.gutters;
                // Columns rarely start on one baseline: the lines just above that keep to one column
                // are the columns' first lines, not body text before them.
                int back = 0;
                while (back < trailing && keepsToOneSide(lines.get(i - back - 1), g)) {
                    back++;
                }
                for (int k = 0; k < back; k++) {
                    items.remove(items.size() - 1);
                }
                members = lines.subList(i - back, region.end);
                // Text columns are read left to right; a boxed sidebar beside the text comes after it.
                List<List<PdfItem>> columns = new ArrayList<>();
                for (int c = 0; c <= g.size(); c++) {
                    columns.add(new ArrayList<>());
                }
                int firstFlow = nextFlow;
                nextFlow += g.size() + 1;
                for (PdfVisualLine line : members) {
                    for (PdfChunk chunk : line.chunks()) {
                        int c = column(chunk, g);
                        float from = c == 0 ? left : g.get(c - 1)[1];
                        float to = c == g.size() ? right : g.get(c)[0];
                        columns.get(c).add(new PdfItem.Text(page.number(), firstFlow + c, chunk, from, to));
                    }
                }
                if (Boolean.FALSE.equals(boxRight)) {
                    columns.add(columns.remove(0));
                }
                columns.forEach(items::addAll);
            } else {
                List<PdfItem> cards = cards(page.number(), region.gutters, members);
                items.addAll(cards != null ? cards : rows(page.number(), nextFlow++, region, lines.subList(i, region.end),
                        page.areas()));
                if (cards == null && region.end == n) {
                    tableAtPageEnd = region.gutters;
                }
            }
            bodyFlow = nextFlow++;
            i = region.end;
            trailing = 0;
        }
        return items;
    }

    private static boolean keepsToOneSide(PdfVisualLine line, List<float[]> gutters) {
        if (line.chunks().size() != 1) {
            return false;
        }
        for (float[] g : gutters) {
            if (!(line.x1() <= g[0] + 1 || line.x0() >= g[1] - 1)) {
                return false;
            }
        }
        return true;
    }

    private static int column(PdfChunk chunk, List<float[]> gutters) {
        int column = 0;
        for (float[] g : gutters) {
            column += chunk.center() > (g[0] + g[1]) / 2 ? 1 : 0;
        }
        return column;
    }

    /** Rules or backgrounds across the whole run between its first and last line: a ruled table, never text columns. */
    private static List<Float> interiorEdges(List<PdfVisualLine> members, List<PdfArea> areas) {
        float top = members.get(0).baseline();
        float bottom = members.get(members.size() - 1).top();
        List<Float> edges = new ArrayList<>(spanningEdges(areas, left(members), right(members), members.get(0).fontSize()));
        edges.removeIf(e -> e <= top || e >= bottom);
        return edges;
    }

    /**
     * A run of lines sharing gutters, up to {@code end}; {@code spanning} holds the indexes (into the page's
     * lines) of lines that cross the gutters inside a ruled table row: a full-width row ("Together we will").
     */
    private record Region(int end, List<float[]> gutters, java.util.Set<Integer> spanning) {
        Region(int end, List<float[]> gutters) {
            this(end, gutters, java.util.Set.of());
        }
    }

    /**
     * Two single-chunk lines almost on the same baseline and side by side: text columns whose
     * baselines do not line up. Returns the gutter between them, or null.
     */
    private static float[] sideBySide(List<PdfVisualLine> lines, int i) {
        if (i + 1 >= lines.size() || lines.get(i).chunks().size() != 1 || lines.get(i + 1).chunks().size() != 1) {
            return null;
        }
        PdfVisualLine a = lines.get(i);
        PdfVisualLine b = lines.get(i + 1);
        float size = Math.max(a.fontSize(), b.fontSize());
        if (b.baseline() - a.baseline() > 0.7f * size) {
            return null;
        }
        PdfVisualLine left = a.x0() < b.x0() ? a : b;
        PdfVisualLine right = left == a ? b : a;
        return right.x0() - left.x1() >= size ? new float[] {left.x1(), right.x0()} : null;
    }

    /** The run of lines from {@code start} sharing the gutters of its first line, or null. */
    private static Region region(List<PdfVisualLine> lines, int start, List<PdfArea> areas, List<float[]> inherited) {
        PdfVisualLine first = lines.get(start);
        float size = first.fontSize();
        List<float[]> gutters = new ArrayList<>();
        for (int k = 0; k + 1 < first.chunks().size(); k++) {
            gutters.add(new float[] {first.chunks().get(k).x1(), first.chunks().get(k + 1).x0()});
        }
        List<float[]> continued = inherited != null && inherited.size() >= gutters.size() ? narrow(inherited, first, 0.5f * size) : null;
        if (continued != null) {
            // The first line of a page goes on with the table that ended the page before, an empty cell
            // first ("<empty> | opportunities to … | Centre to widen …"): its own chunks show fewer columns.
            gutters = continued;
        }
        float[] pair = gutters.isEmpty() ? sideBySide(lines, start) : null;
        if (pair != null) {
            gutters.add(pair);
        }
        int leftOnly = 0;
        int rightOnly = 0;
        int multi = first.chunks().size() >= 2 ? 1 : 0;
        int end = start + 1;
        float lastBaseline = first.baseline();
        java.util.Set<Integer> spanning = new java.util.HashSet<>();
        while (end < lines.size()) {
            PdfVisualLine line = lines.get(end);
            float above = lastBaseline;
            boolean ruledGap = spanningEdges(areas, left(lines.subList(start, end + 1)), right(lines.subList(start, end + 1)), size)
                    .stream().anyMatch(e -> e > above && e < line.top());
            boolean sameSize = Math.abs(line.fontSize() - size) <= 0.2f * size;
            if (line.baseline() - lastBaseline > 3.2f * size && !sameGrid(first, line) && !(ruledGap && sameSize)) {
                break; // far below, unless a rule between keeps a ruled table's rows together
            }
            List<PdfVisualLine> sofar = lines.subList(start, end);
            if (end - start >= 2 && spanningEdges(areas, left(lines.subList(start, end + 1)), right(lines.subList(start, end + 1)), size)
                    .stream().anyMatch(e -> e > above && e < line.top()) && interiorEdges(sofar, areas).isEmpty()
                    && !ruledAbove(lines.subList(start, end + 1), areas, size)) {
                break; // a rule or a box edge across unruled lines: text columns end, a ruled table or a box begins
            }
            // Columns whose baselines do not line up (begun side by side) hold their own headings.
            if (line.chunks().size() == 1 && Math.abs(line.fontSize() - size) > 0.2f * size && pair == null
                    && !isTextColumns(gutters, lines.subList(start, end), pageLeft(lines), pageRight(lines))) {
                // A heading after a table ends it; inside text columns headings are normal.
                break;
            }
            List<float[]> narrowed = narrow(gutters, line, 0.5f * size);
            if (narrowed == null) {
                if (inRuledRow(lines.subList(start, end), line, areas, size)) {
                    spanning.add(end);
                    multi++;
                    lastBaseline = line.baseline();
                    end++;
                    continue;
                }
                break;
            }
            gutters = narrowed;
            multi += line.chunks().size() >= 2 ? 1 : 0;
            if (line.chunks().size() == 1 && gutters.size() == 1) {
                leftOnly += line.x1() <= gutters.get(0)[0] ? 1 : 0;
                rightOnly += line.x0() >= gutters.get(0)[1] ? 1 : 0;
            }
            lastBaseline = line.baseline();
            end++;
        }
        boolean misalignedColumns = pair != null && leftOnly >= 3 && rightOnly >= 3
                && isTextColumns(gutters, lines.subList(start, end), pageLeft(lines), pageRight(lines));
        // One row at the top of a page, in the columns of the table that ended the page before, is its last row.
        boolean lastRowOfTable = continued != null && multi >= 1;
        return multi >= 2 || misalignedColumns || lastRowOfTable ? new Region(end, gutters, spanning) : null;
    }

    /**
     * Whether a rule runs across the lines just above the first of them: the lines so far are the first row
     * of a ruled table (its header wrapped over two lines), so the next rule separates rows, not a table
     * from text columns.
     */
    private static boolean ruledAbove(List<PdfVisualLine> lines, List<PdfArea> areas, float size) {
        float top = lines.get(0).top();
        return spanningEdges(areas, left(lines), right(lines), size).stream().anyMatch(e -> e <= top && e > top - 1.5f * size);
    }

    /**
     * A line crossing the table's gutters is a full-width row's line ("Together we will" over all the
     * columns) when the table is ruled (rules or row backgrounds across its width) and no rule separates
     * the line from the one above: it is inside the row that line began.
     */
    private static boolean inRuledRow(List<PdfVisualLine> members, PdfVisualLine line, List<PdfArea> areas, float size) {
        float x0 = left(members);
        float x1 = right(members);
        if (line.x0() < x0 - size || line.x1() > x1 + size) {
            return false;
        }
        PdfVisualLine previous = members.get(members.size() - 1);
        boolean ruled = false;
        for (float edge : spanningEdges(areas, x0, x1, size)) {
            if (edge > previous.baseline() && edge < line.top()) {
                return false;
            }
            ruled |= edge > members.get(0).top() - size && edge < previous.baseline();
        }
        return ruled;
    }

    /**
     * The heights of the rules and background edges that run across [x0, x1]. Table cells often draw
     * their borders one cell at a time, so edges at one height that meet are joined first.
     */
    static List<Float> spanningEdges(List<PdfArea> areas, float x0, float x1, float tolerance) {
        List<float[]> segments = new ArrayList<>(); // {y, from, to}
        for (PdfArea area : areas) {
            for (float edge : area.edges()) {
                segments.add(new float[] {edge, area.x0(), area.x1()});
            }
        }
        segments.sort(Comparator.<float[]>comparingDouble(seg -> seg[0]).thenComparingDouble(seg -> seg[1]));
        List<Float> edges = new ArrayList<>();
        int k = 0;
        while (k < segments.size()) {
            float y = segments.get(k)[0];
            float from = segments.get(k)[1];
            float to = segments.get(k)[2];
            k++;
            while (k < segments.size() && segments.get(k)[0] - y <= 1f && segments.get(k)[1] <= to + 2f) {
                // Edges a fraction of a point apart are one: a wider rule drawn just below cell backgrounds widens it both ways.
                from = Math.min(from, segments.get(k)[1]);
                to = Math.max(to, segments.get(k)[2]);
                k++;
            }
            if (from <= x0 + tolerance && to >= x1 - tolerance) {
                edges.add(y);
            }
        }
        return edges;
    }

    private static float left(List<PdfVisualLine> lines) {
        return (float) lines.stream().mapToDouble(PdfVisualLine::x0).min().orElse(0);
    }

    private static float right(List<PdfVisualLine> lines) {
        return (float) lines.stream().mapToDouble(PdfVisualLine::x1).max().orElse(0);
    }

    /**
     * Two columns one of which lies wholly inside a painted box that holds nothing of the other: a
     * sidebar beside the text, not a table. Returns whether the box is on the right, or null.
     */
    private static Boolean sidebar(List<float[]> gutters, List<PdfVisualLine> members, List<PdfArea> areas) {
        if (gutters.size() != 1 || members.size() < 3) {
            return null;
        }
        float[] g = gutters.get(0);
        float split = (g[0] + g[1]) / 2;
        for (PdfArea area : areas) {
            if (area.isRule()) {
                continue;
            }
            boolean coversRight = area.x0() > g[0] - 1 && holdsSide(area, members, split, true) && holdsNoneOf(area, members, split, false);
            boolean coversLeft = area.x1() < g[1] + 1 && holdsSide(area, members, split, false) && holdsNoneOf(area, members, split, true);
            if (coversRight || coversLeft) {
                return coversRight;
            }
        }
        return null;
    }

    private static boolean holdsSide(PdfArea area, List<PdfVisualLine> members, float split, boolean rightSide) {
        int n = 0;
        for (PdfVisualLine line : members) {
            for (PdfChunk c : line.chunks()) {
                if (c.center() >= split == rightSide) {
                    if (c.x0() < area.x0() - 1 || c.x1() > area.x1() + 1 || c.top() < area.top() - 1 || c.baseline() > area.bottom() + 1) {
                        return false;
                    }
                    n++;
                }
            }
        }
        return n >= 2;
    }

    private static boolean holdsNoneOf(PdfArea area, List<PdfVisualLine> members, float split, boolean rightSide) {
        for (PdfVisualLine line : members) {
            for (PdfChunk c : line.chunks()) {
                if (c.center() >= split == rightSide && c.x1() > area.x0() && c.x0() < area.x1()
                        && c.baseline() > area.top() && c.top() < area.bottom()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Boxes side by side (cards drawn as coloured panels): when every chunk of the run lies in a painted
     * box narrower than the run, and there are at least two boxes, each box is read whole, as its own
     * flow, boxes top to bottom and left to right. Null otherwise.
     */
    private List<PdfItem> boxes(int page, List<PdfVisualLine> members, List<PdfArea> areas) {
        float width = right(members) - left(members);
        Map<PdfArea, List<PdfChunk>> byBox = new LinkedHashMap<>();
        for (PdfVisualLine line : members) {
            for (PdfChunk c : line.chunks()) {
                PdfArea box = null;
                for (PdfArea a : areas) {
                    boolean holds = !a.isRule() && a.width() < 0.8f * width && c.x0() >= a.x0() - 1 && c.x1() <= a.x1() + 1
                            && c.top() >= a.top() - 1 && c.baseline() <= a.bottom() + 1;
                    if (holds && (box == null || a.width() * a.height() < box.width() * box.height())) {
                        box = a; // the innermost box
                    }
                }
                if (box == null) {
                    return null;
                }
                byBox.computeIfAbsent(box, k -> new ArrayList<>()).add(c);
            }
        }
        if (byBox.size() < 2) {
            return null;
        }
        List<PdfArea> order = new ArrayList<>(byBox.keySet());
        order.sort(Comparator.comparingDouble(PdfArea::top).thenComparingDouble(PdfArea::x0));
        List<PdfItem> items = new ArrayList<>();
        for (PdfArea box : order) {
            int flow = nextFlow++;
            for (PdfChunk c : byBox.get(box)) {
                items.add(new PdfItem.Text(page, flow, c, box.x0(), box.x1()));
            }
        }
        return items;
    }

    /** A row of a grid further down: as many chunks as the first line, starting at the same places. */
    private static boolean sameGrid(PdfVisualLine first, PdfVisualLine line) {
        if (first.chunks().size() < 2 || line.chunks().size() != first.chunks().size()) {
            return false;
        }
        for (int k = 0; k < first.chunks().size(); k++) {
            if (Math.abs(first.chunks().get(k).x0() - line.chunks().get(k).x0()) > 2f) {
                return false;
            }
        }
        return true;
    }

    private static float pageLeft(List<PdfVisualLine> lines) {
        return (float) lines.stream().mapToDouble(PdfVisualLine::x0).min().orElse(0);
    }

    private static float pageRight(List<PdfVisualLine> lines) {
        return (float) lines.stream().mapToDouble(PdfVisualLine::x1).max().orElse(0);
    }

    /** The gutters left free by the line's chunks, or null when a chunk crosses one. */
    private static List<float[]> narrow(List<float[]> gutters, PdfVisualLine line, float minWidth) {
        List<float[]> out = new ArrayList<>();
        for (float[] g : gutters) {
            float a = g[0];
            float b = g[1];
            List<float[]> pieces = new ArrayList<>();
            for (PdfChunk c : line.chunks()) {
                if (c.x1() <= a || c.x0() >= b) {
                    continue;
                }
                if (c.x0() <= a && c.x1() >= b) {
                    return null;
                } else if (c.x0() <= a) {
                    a = c.x1();
                } else if (c.x1() >= b) {
                    b = c.x0();
                } else {
                    // Content inside the gutter: the part to its left stays a gutter only if wide.
                    pieces.add(new float[] {a, c.x0()});
                    a = c.x1();
                }
            }
            pieces.add(new float[] {a, b});
            float[] widest = pieces.stream().max(Comparator.comparingDouble(p -> p[1] - p[0])).orElseThrow();
            if (widest[1] - widest[0] < minWidth) {
                return null;
            }
            out.add(widest);
        }
        return out;
    }

    /**
     * Two balanced, well-filled columns separated by one gutter are text columns; any other
     * gutter pattern (three columns, a narrow label column) is a table.
     */
    private static boolean isTextColumns(List<float[]> gutters, List<PdfVisualLine> members, float left, float right) {
        if (gutters.isEmpty() || gutters.size() > 2 || members.size() < 4) {
            return false;
        }
        // Two columns of at least 30% each (three of at least 20%), no wider than 1.67 times each other.
        int n = gutters.size() + 1;
        float total = right - left;
        float[] from = new float[n];
        float[] to = new float[n];
        float widest = 0;
        float narrowest = Float.MAX_VALUE;
        for (int c = 0; c < n; c++) {
            from[c] = c == 0 ? left : gutters.get(c - 1)[1];
            to[c] = c == n - 1 ? right : gutters.get(c)[0];
            float width = to[c] - from[c];
            if (width < (n == 2 ? 0.3f : 0.2f) * total) {
                return false;
            }
            widest = Math.max(widest, width);
            narrowest = Math.min(narrowest, width);
        }
        if (widest / narrowest > 1.67f) {
            return false;
        }
        // Every column but the last is well filled: most of its lines run to its right edge.
        for (int c = 0; c < n - 1; c++) {
            int count = 0;
            int full = 0;
            for (PdfVisualLine line : members) {
                for (PdfChunk chunk : line.chunks()) {
                    if (chunk.center() > from[c] && chunk.center() < to[c]) {
                        count++;
                        full += chunk.x1() > to[c] - 0.25f * (to[c] - from[c]) ? 1 : 0;
                    }
                }
            }
            if (count < 3 || full * 2 < count) {
                return false;
            }
        }
        return true;
    }

    /**
     * A grid of cards (principles as boxes, each a bold title over a few lines of text), or null.
     * Every column holds cards that start with a bold line followed by plain lines, and bold appears
     * nowhere else, and each column has at least two cards (one bold line per column over plain
     * rows is a table's header).
     * Cards are read row by row, left to right, each as its own flow: title, then its text.
     */
    private List<PdfItem> cards(int page, List<float[]> gutters, List<PdfVisualLine> members) {
        int columns = gutters.size() + 1;
        List<List<List<PdfChunk>>> byColumn = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            byColumn.add(new ArrayList<>());
        }
        for (PdfVisualLine line : members) {
            for (PdfChunk chunk : line.chunks()) {
                int column = 0;
                for (float[] g : gutters) {
                    column += chunk.center() > (g[0] + g[1]) / 2 ? 1 : 0;
                }
                List<List<PdfChunk>> cards = byColumn.get(column);
                List<PdfChunk> last = cards.isEmpty() ? null : cards.get(cards.size() - 1);
                if (chunk.bold()) {
                    if (last != null && last.size() == 1) {
                        return null; // two bold lines running: a title that wraps, or a header; not a card grid
                    }
                    cards.add(new ArrayList<>(List.of(chunk)));
                } else if (last == null) {
                    return null;
                } else {
                    last.add(chunk);
                }
            }
        }
        int most = 0;
        for (List<List<PdfChunk>> cards : byColumn) {
            // One bold line per column over plain lines is a table's header row: cards come in rows.
            if (cards.size() < 2 || cards.get(cards.size() - 1).size() < 2) {
                return null;
            }
            most = Math.max(most, cards.size());
        }
        List<PdfItem> items = new ArrayList<>();
        for (int r = 0; r < most; r++) {
            for (List<List<PdfChunk>> cards : byColumn) {
                if (r >= cards.size()) {
                    continue;
                }
                List<PdfChunk> card = cards.get(r);
                float x0 = (float) card.stream().mapToDouble(PdfChunk::x0).min().orElse(0);
                float x1 = (float) card.stream().mapToDouble(PdfChunk::x1).max().orElse(0);
                int flow = nextFlow++;
                card.forEach(chunk -> items.add(new PdfItem.Text(page, flow, chunk, x0, x1)));
            }
        }
        return items;
    }

    /**
     * The table's rows. In a ruled table (rules or row backgrounds across its width) a rule between two
     * lines starts a new row; otherwise rows are told from wrapped cell lines by the line pitch. A row
     * holding a full-width line is one cell: its lines top to bottom.
     */
    private static List<PdfItem> rows(int page, int flow, Region region, List<PdfVisualLine> members, List<PdfArea> areas) {
        List<float[]> gutters = region.gutters();
        int offset = region.end() - members.size();
        float minPitch = Float.MAX_VALUE;
        for (int k = 1; k < members.size(); k++) {
            float pitch = members.get(k).baseline() - members.get(k - 1).baseline();
            minPitch = Math.min(minPitch, Math.max(pitch, 0.9f * members.get(k).fontSize()));
        }
        List<Float> edges = rowEdges(members, areas);
        List<PdfItem> rows = new ArrayList<>();
        List<List<String>> cells = null;
        List<String> inOrder = new ArrayList<>();
        BoundingBox box = null;
        boolean fullWidth = false;
        for (int k = 0; k < members.size(); k++) {
            PdfVisualLine line = members.get(k);
            boolean newRow;
            if (k == 0) {
                newRow = true;
            } else if (!edges.isEmpty()) {
                float above = members.get(k - 1).baseline();
                newRow = edges.stream().anyMatch(e -> e > above && e < line.top());
            } else {
                // The smallest pitch is a wrapped line inside a cell unless it exceeds a line height:
                // then no cell wraps and every line is a row of its own.
                float wrapPitch = Math.min(minPitch, 1.3f * line.fontSize());
                newRow = line.baseline() - members.get(k - 1).baseline() > 1.3f * wrapPitch;
            }
            if (newRow) {
                if (cells != null) {
                    rows.add(new PdfItem.Row(page, flow, fullWidth ? List.of(inOrder) : cells, box));
                }
                cells = new ArrayList<>();
                inOrder = new ArrayList<>();
                for (int c = 0; c <= gutters.size(); c++) {
                    cells.add(new ArrayList<>());
                }
                box = null;
                fullWidth = false;
            }
            fullWidth |= region.spanning().contains(offset + k);
            for (PdfChunk chunk : line.chunks()) {
                int column = 0;
                for (float[] g : gutters) {
                    column += chunk.center() > (g[0] + g[1]) / 2 ? 1 : 0;
                }
                cells.get(column).add(chunk.text());
                inOrder.add(chunk.text());
                BoundingBox b = new BoundingBox(chunk.x0(), chunk.top(), chunk.width(), chunk.baseline() - chunk.top());
                box = box == null ? b : box.union(b);
            }
        }
        if (cells != null) {
            rows.add(new PdfItem.Row(page, flow, fullWidth ? List.of(inOrder) : cells, box));
        }
        return rows;
    }

    /** The edges of rules and backgrounds that run across the whole table: where its rows meet. */
    private static List<Float> rowEdges(List<PdfVisualLine> members, List<PdfArea> areas) {
        float size = members.get(0).fontSize();
        float top = members.get(0).top() - size;
        float bottom = members.get(members.size() - 1).baseline() + size;
        List<Float> edges = new ArrayList<>(spanningEdges(areas, left(members), right(members), size));
        edges.removeIf(e -> e < top || e > bottom);
        return edges;
    }

    /**
     * A whole line as one chunk. Chunks far apart (a tab stop: "Foreword      3") are joined by a
     * tab; nearer ones (wide justified spaces) by a space, so running text never gains a tab.
     */
    private static PdfChunk merged(PdfVisualLine line) {
        if (line.chunks().size() == 1) {
            return line.chunks().get(0);
        }
        PdfChunk first = line.chunks().get(0);
        StringBuilder text = new StringBuilder(first.text());
        for (int k = 1; k < line.chunks().size(); k++) {
            PdfChunk previous = line.chunks().get(k - 1);
            PdfChunk chunk = line.chunks().get(k);
            boolean tabStop = chunk.x0() - previous.x1() > 3 * Math.max(previous.fontSize(), chunk.fontSize());
            text.append(tabStop ? '\t' : ' ').append(chunk.text());
        }
        return new PdfChunk(text.toString(), line.x0(), line.x1(), line.top(), line.baseline(), first.fontSize(),
                first.bold(), first.startsWithSymbolGlyph(), first.textStart());
    }
}
