package io.github.compactkit.ingest;

import io.github.compactkit.model.BoundingBox;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns PDF items in reading order into logical source lines: visual lines of a paragraph are
 * joined (across page and column breaks when the sentence clearly continues), headings are found by
 * font size and weight, bullets become list items with their glyph removed and a level from their
 * indentation, and table rows become tab-separated rows (rows split by a page break are rejoined,
 * repeated header rows dropped). A blank line separates paragraphs.
 */
final class PdfLineAssembler {
    private static final Pattern NUMBER_START = Pattern.compile(
            "^(\\d{1,3}(\\.\\d{1,3})*[.)]?|\\(?[a-zA-Z][.)]|\\([ivxIVX]{1,5}\\)|[ivx]{1,5}[.)])\\s+\\S.*");
    /**
     * A check box typed as text, "[ ]" or "[x]": it starts a new line, and stays in the text for the layout
     * to read as a marker (wrapped lines of a typed box go back to the margin, unlike a list's).
     */
    private static final Pattern CHECK_BOX = Pattern.compile("^\\[[ xX\u2713\u2714]\\]\\s+\\S.*$");
    private static final Pattern TERMINAL = Pattern.compile(".*[.!?:;]['\"\u2019\u201D)]?$");
    /** A whole paragraph in quotation marks (an attribution may follow the closing mark). */
    private static final Pattern DISPLAY_QUOTE = Pattern.compile("^[\u201C\"\u2018\u00AB].{10,}[\u201D\"\u2019\u00BB][.]?(\\s*[\u2013\u2014-]\\s*.{1,80})?$");

    private final List<PdfItem> items;
    private final PdfText text = new PdfText();
    private float bodySize;
    private float bodyPitch;
    private final List<Float> headingSizes = new ArrayList<>();
    private final List<Float> listStack = new ArrayList<>();
    private int listFlow = -1;

    private final List<SourceLine> out = new ArrayList<>();
    private Paragraph current;
    private PendingRow row;
    private List<String> lastHeader;
    private int lastTableFlow = -1;
    private boolean afterRepeatedHeader;

    PdfLineAssembler(List<PdfItem> items) {
        this.items = items;
        measure();
    }

    /** The logical lines of the document. */
    List<SourceLine> lines() {
        for (PdfItem item : items) {
            if (item instanceof PdfItem.Text t) {
                addText(t);
            } else if (item instanceof PdfItem.Row r) {
                flushParagraph();
                addRow(r);
            }
        }
        flushParagraph();
        flushRow();
        return out;
    }

    // ---- document statistics -------------------------------------------------------------

    private void measure() {
        Map<Float, Integer> sizes = new HashMap<>();
        Map<Float, Integer> pitches = new HashMap<>();
        PdfItem.Text previous = null;
        for (PdfItem item : items) {
            if (item instanceof PdfItem.Text t) {
                text.learn(t.chunk().text());
                sizes.merge(round(t.chunk().fontSize()), t.chunk().text().length(), Integer::sum);
                if (previous != null && previous.flow() == t.flow()) {
                    pitches.merge(round(t.chunk().baseline() - previous.chunk().baseline()), 1, Integer::sum);
                }
                previous = t;
            } else {
                ((PdfItem.Row) item).cells().forEach(c -> c.forEach(text::learn));
                previous = null;
            }
        }
        bodySize = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(11f);
        bodyPitch = pitches.entrySet().stream()
                .filter(e -> e.getKey() >= 0.9f * bodySize && e.getKey() <= 2f * bodySize)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(1.2f * bodySize);
        TreeSet<Float> headings = new TreeSet<>();
        for (PdfItem item : items) {
            if (item instanceof PdfItem.Text t) {
                if (isLargeFont(t)) {
                    headings.add(round(t.chunk().fontSize()));
                }
            }
        }
        headingSizes.addAll(headings.descendingSet());
    }

    private static float round(float v) {
        return Math.round(v * 2) / 2f;
    }

    private boolean isLargeFont(PdfItem.Text t) {
        return t.chunk().fontSize() >= bodySize * 1.12f;
    }

    /** The text after a leading bullet glyph, or null when the line does not start with one. */
    private static String bullet(PdfItem.Text t) {
        String s = t.chunk().text().strip();
        if (s.length() < 2) {
            return null;
        }
        char c = s.charAt(0);
        boolean glyph = PdfBullets.isBullet(String.valueOf(c)) || t.chunk().startsWithSymbolGlyph();
        if (!glyph || !Character.isWhitespace(s.charAt(1))) {
            return null;
        }
        // "o" and "-" are bullets only when set apart like one, not "o clock" in a sentence start.
        if ((c == 'o' || c == '-' || c == '*' || c == '>') && t.chunk().textStart() - t.chunk().x0() < 0.6f * t.chunk().fontSize()) {
            return null;
        }
        return s.substring(1).strip();
    }

    // ---- paragraphs ----------------------------------------------------------------------

    private final class Paragraph {
        final int page;
        final int flow;
        final float size;
        final boolean large;
        final String bulletText;
        final float textX;
        int lines = 1;
        boolean allBold;
        String content;
        BoundingBox box;
        PdfItem.Text last;

        Paragraph(PdfItem.Text t) {
            page = t.page();
            flow = t.flow();
            size = t.chunk().fontSize();
            large = isLargeFont(t);
            bulletText = bullet(t);
            content = bulletText != null ? bulletText : t.chunk().text().strip();
            textX = bulletText != null ? t.chunk().textStart() : t.chunk().x0();
            allBold = t.chunk().bold();
            box = box(t.chunk());
            last = t;
        }

        void append(PdfItem.Text t) {
            content = text.join(content, t.chunk().text());
            allBold &= t.chunk().bold();
            if (t.page() == page) {
                box = box.union(box(t.chunk()));
            }
            lines++;
            last = t;
        }
    }

    private static BoundingBox box(PdfChunk c) {
        return new BoundingBox(c.x0(), c.top(), c.width(), c.baseline() - c.top());
    }

    private void addText(PdfItem.Text t) {
        if (current != null && continues(current, t)) {
            current.append(t);
            return;
        }
        flushParagraph();
        flushRow();
        current = new Paragraph(t);
    }

    private boolean continues(Paragraph p, PdfItem.Text t) {
        String s = t.chunk().text().strip();
        boolean large = isLargeFont(t);
        if (large != p.large || Math.abs(t.chunk().fontSize() - p.size) > 0.15f * p.size) {
            return false;
        }
        if (bullet(t) != null || NUMBER_START.matcher(s).matches() || CHECK_BOX.matcher(s).matches()) {
            return false;
        }
        if (p.allBold != t.chunk().bold() && !large) {
            return false;
        }
        PdfItem.Text last = p.last;
        if (t.flow() != last.flow()) {
            // A page or column break: join only a sentence that visibly runs on.
            return !large && !TERMINAL.matcher(p.content).matches() && !s.isEmpty() && Character.isLowerCase(s.charAt(0));
        }
        float pitch = t.chunk().baseline() - last.chunk().baseline();
        float normal = Math.max(bodyPitch * p.size / bodySize, p.size);
        if (pitch <= 0 || pitch > normal * 1.3f) {
            return false;
        }
        if (p.bulletText != null && t.chunk().x0() < p.textX - 0.5f * p.size) {
            return false;
        }
        float columnWidth = t.columnRight() - t.columnLeft();
        boolean shortLast = last.chunk().x1() < t.columnRight() - Math.max(0.2f * columnWidth, 4 * p.size);
        return !(shortLast && TERMINAL.matcher(p.content).matches());
    }

    private void flushParagraph() {
        if (current == null) {
            return;
        }
        Paragraph p = current;
        current = null;
        LineHint hint = LineHint.NONE;
        int level = 0;
        if (p.large && !isDisplayText(p.content)) {
            hint = LineHint.HEADING;
            level = headingSizes.indexOf(round(p.size)) + 1;
        } else if (p.bulletText != null) {
            hint = LineHint.LIST_ITEM;
            level = bulletLevel(p);
        } else if (p.allBold && p.lines <= 2 && p.content.length() <= 100 && !p.content.matches(".*[.,;]$")) {
            hint = LineHint.HEADING;
            level = headingSizes.size() + 1;
        }
        emit(p.content, p.page, p.box, hint, Math.max(level, 0));
    }

    /**
     * Large type that is no heading: a pull quote in quotation marks, or a sentence of a dozen words or
     * more set large (a standfirst). It stays a paragraph, and the later stages decide what it is.
     */
    static boolean isDisplayText(String content) {
        String s = content.strip();
        if (DISPLAY_QUOTE.matcher(s).matches()) {
            return true;
        }
        return s.split("\\s+").length >= 12 && TERMINAL.matcher(s).matches() && !s.endsWith(":");
    }

    /**
     * Nesting from indentation within one run of list items: deeper than the item before is one
     * level down, back to an earlier indentation is that level again. A run that crosses a page
     * or column keeps its level and shifts the indentations it remembers.
     */
    private int bulletLevel(Paragraph p) {
        float x = p.box.x();
        float tolerance = 0.5f * bodySize;
        SourceLine previous = out.isEmpty() ? null : out.get(out.size() - 1);
        if (previous != null && previous.hint() == LineHint.NONE && previous.box() != null
                && NUMBER_START.matcher(previous.text()).matches() && previous.text().endsWith(":")
                && x > previous.box().x() + tolerance && previous.page() == p.page) {
            // Bullets indented under "e. support smaller groups by:", an item that ends at its colon: its sub-items.
            listStack.clear();
            listStack.add(previous.box().x());
            listStack.add(x);
        } else if (previous == null || previous.hint() != LineHint.LIST_ITEM || listStack.isEmpty()) {
            listStack.clear();
            listStack.add(x);
        } else if (p.flow != listFlow) {
            float dx = x - listStack.get(listStack.size() - 1);
            listStack.replaceAll(v -> v + dx);
        } else {
            while (listStack.size() > 1 && x < listStack.get(listStack.size() - 1) - tolerance) {
                listStack.remove(listStack.size() - 1);
            }
            float top = listStack.get(listStack.size() - 1);
            if (x > top + tolerance) {
                listStack.add(x);
            } else if (listStack.size() == 1 && x < top - tolerance) {
                listStack.set(0, x);
            }
        }
        listFlow = p.flow;
        return listStack.size() - 1;
    }

    // ---- tables --------------------------------------------------------------------------

    private record PendingRow(int page, int flow, List<String> cells, BoundingBox box) {
    }

    private void addRow(PdfItem.Row r) {
        List<String> cells = new ArrayList<>();
        for (List<String> fragments : r.cells()) {
            String cell = "";
            for (String f : fragments) {
                String bulleted = cellBullet(f);
                // A bullet inside a cell starts an item of its own: written as " • ", where a cell's promises split.
                cell = bulleted != null ? (cell + " \u2022 " + bulleted).strip() : text.join(cell, f);
            }
            cells.add(cell.replace('\t', ' ').strip());
        }
        if (cells.stream().allMatch(String::isEmpty)) {
            return;
        }
        boolean firstOfTable = r.flow() != lastTableFlow || afterRepeatedHeader;
        afterRepeatedHeader = false;
        if (firstOfTable) {
            boolean continuesTable = row != null && r.page() > row.page() && row.cells().size() == cells.size();
            if (continuesTable && cells.equals(lastHeader)) {
                // The header row repeated at the top of a page; the row after it may still be
                // the rest of the row the page break split.
                lastTableFlow = r.flow();
                afterRepeatedHeader = true;
                return;
            }
            String firstText = cells.stream().filter(c -> !c.isEmpty()).findFirst().orElse("");
            boolean runsOn = !firstText.isEmpty() && Character.isLowerCase(firstText.charAt(0));
            boolean newItems = cells.stream().anyMatch(c -> c.startsWith("\u2022"));
            if (continuesTable && runsOn && !newItems && fillsOnlyFilledCells(cells, row.cells())) {
                // A row split by the page break mid-sentence: its rest is the first row on the new page. A row
                // with text in a column left empty above, or that starts a new item (a capital, a bullet), is a
                // row of its own, on its own page (where its items are).
                List<String> merged = new ArrayList<>();
                for (int i = 0; i < cells.size(); i++) {
                    merged.add(text.join(row.cells().get(i), cells.get(i)));
                }
                row = new PendingRow(row.page(), r.flow(), merged, row.box());
                lastTableFlow = r.flow();
                return;
            }
            if (!continuesTable) {
                lastHeader = cells;
            }
        }
        flushRow();
        lastTableFlow = r.flow();
        row = new PendingRow(r.page(), r.flow(), cells, r.box());
    }

    private static boolean fillsOnlyFilledCells(List<String> cells, List<String> above) {
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty() && above.get(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The text after a bullet glyph that starts a line inside a table cell, or null. */
    private static String cellBullet(String fragment) {
        String f = fragment.strip();
        if (f.length() < 3 || !PdfBullets.isBullet(f.substring(0, 1)) || f.charAt(0) == 'o' || f.charAt(0) == '-' || !Character.isWhitespace(f.charAt(1))) {
            return null;
        }
        return f.substring(1).strip();
    }

    private void flushRow() {
        if (row != null) {
            emit(String.join("\t", row.cells()), row.page(), row.box(), LineHint.TABLE_ROW, 0);
            row = null;
        }
    }

    // ---- output --------------------------------------------------------------------------

    private void emit(String content, int page, BoundingBox box, LineHint hint, int level) {
        if (content.isBlank()) {
            return;
        }
        SourceLine previous = out.isEmpty() ? null : out.get(out.size() - 1);
        boolean together = previous != null && !previous.isBlank() && previous.hint() == hint
                && (hint == LineHint.LIST_ITEM || hint == LineHint.TABLE_ROW);
        if (previous != null && !previous.isBlank() && !together) {
            out.add(new SourceLine("", out.size() + 1, previous.page(), null, LineHint.NONE, 0));
        }
        out.add(new SourceLine(content, out.size() + 1, page, box, hint, level));
    }
}
