package io.github.compactkit.ingest;

import io.github.compactkit.limits.ParseDeadline;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML events into source lines, keeping structure: h1-h6 become headings with their
 * level, li list items with their nesting level, tr table rows with tab-separated cells, p and div
 * paragraphs. Text inside the page header or footer divs Tika emits for office files is kept apart
 * as page furniture. Stops with {@link LimitReachedException} past a character limit.
 */
final class TikaStructureHandler extends DefaultHandler {
    /** Thrown when the document produces more text than allowed. */
    static final class LimitReachedException extends SAXException {
        private static final long serialVersionUID = 1L;

        LimitReachedException(long limit) {
            super("more than " + limit + " characters of text");
        }
    }

    /** Thrown when elements nest deeper than {@link #MAX_DEPTH}. */
    static final class NestingTooDeepException extends SAXException {
        private static final long serialVersionUID = 1L;

        NestingTooDeepException() {
            super("elements nested more than " + MAX_DEPTH + " deep");
        }
    }

    /** Deepest element nesting accepted; real documents stay under 40 (Tika's own limit is 100). */
    static final int MAX_DEPTH = 256;

    private final long limit;
    private long characters;
    private int depth;
    private final List<SourceLine> lines = new ArrayList<>();
    /** Marks, inside a cell's text, where a block (paragraph, list item) began: a private-use character, never whitespace. */
    private static final String BLOCK = "\uE000";
    /** Follows {@link #BLOCK} when the block is a list item. */
    private static final String CELL_ITEM = "\u2022";
    /** Follows {@link #BLOCK} when the block is an item of a list inside a list item. */
    private static final String CELL_SUB_ITEM = "\u25E6";
    private final List<String> furniture = new ArrayList<>();
    private final StringBuilder buffer = new StringBuilder();
    private final Deque<String> lists = new ArrayDeque<>();
    private LineHint blockHint = LineHint.NONE;
    private int blockLevel;
    private int skipDepth;
    private int furnitureDepth;
    private List<String> row;
    private StringBuilder cell;
    private int tableDepth;
    private int cellListDepth;
    /** Rows and cells of the outermost table so far, and its first cell's text: a table of one cell is a box. */
    private int tableRows;
    private int tableCells;
    private int linesBeforeTable;
    private String firstCell;

    private final boolean firstItemsAsParagraphs;

    /**
     * @param limit most characters of text accepted
     * @param firstItemsAsParagraphs the parser writes a list's first item as a plain paragraph
     *     (Tika's RTF parser does, for LibreOffice and Word lists): repair it
     */
    TikaStructureHandler(long limit, boolean firstItemsAsParagraphs) {
        this.limit = limit;
        this.firstItemsAsParagraphs = firstItemsAsParagraphs;
    }

    List<SourceLine> lines() {
        return lines;
    }

    List<String> furniture() {
        return furniture;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        ParseDeadline.check();
        if (++depth > MAX_DEPTH) {
            throw new NestingTooDeepException();
        }
        String name = name(localName, qName);
        if (skipDepth > 0 || name.equals("head") || name.equals("script") || name.equals("style")) {
            skipDepth++;
            return;
        }
        String cls = atts.getValue("class");
        if (furnitureDepth > 0 || (name.equals("div") || name.equals("p")) && ("header".equals(cls) || "footer".equals(cls))) {
            flush();
            furnitureDepth++;
            return;
        }
        if (tableDepth > 0 && !name.equals("table") && !name.equals("tr") && !name.equals("td") && !name.equals("th")) {
            // Blocks inside a cell are marked, not lost: a list item is a promise of its own in a row; the
            // paragraphs and items of a box (a table of one cell) are lines of the text.
            if (cell != null && (name.equals("ul") || name.equals("ol"))) {
                cellListDepth++;
            } else if (cell != null && name.equals("li")) {
                // An item of a list inside an item is a sub-item: its own mark, folded into its parent later.
                cell.append(BLOCK).append(cellListDepth > 1 ? CELL_SUB_ITEM : CELL_ITEM);
            } else if (cell != null && isBlock(name) && cell.length() > 0 && !endsWithItemMark(cell)) {
                cell.append(BLOCK);
            }
            return;
        }
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> start(LineHint.HEADING, name.charAt(1) - '0');
            case "ul", "ol" -> {
                flush();
                lists.push(name);
            }
            case "li" -> {
                start(LineHint.LIST_ITEM, Math.max(0, lists.size() - 1));
                if (firstItemsAsParagraphs) {
                    repairFirstItem();
                }
            }
            case "p", "div", "blockquote", "pre", "dd", "dt" -> {
                if (blockHint != LineHint.LIST_ITEM || buffer.length() == 0) {
                    if (blockHint != LineHint.LIST_ITEM) {
                        start(LineHint.NONE, 0);
                    }
                } else {
                    buffer.append(' ');
                }
            }
            case "br" -> {
                if (blockHint == LineHint.HEADING || blockHint == LineHint.LIST_ITEM) {
                    buffer.append(' ');
                } else {
                    emit(false);
                }
            }
            case "table" -> {
                flush();
                if (tableDepth == 0) {
                    tableRows = 0;
                    tableCells = 0;
                    linesBeforeTable = lines.size();
                    firstCell = null;
                }
                tableDepth++;
            }
            default -> {
                // Inline elements (b, i, a, span) carry no structure of their own.
            }
        }
        if (tableDepth > 0) {
            if (name.equals("tr")) {
                row = new ArrayList<>();
            } else if (name.equals("td") || name.equals("th")) {
                cell = new StringBuilder();
            } else if (name.equals("table") && tableDepth > 1) {
                tableDepth++;
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        depth--;
        String name = name(localName, qName);
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        if (furnitureDepth > 0) {
            furnitureDepth--;
            if (furnitureDepth == 0 && buffer.length() > 0) {
                String text = normalise(buffer.toString());
                if (!text.isEmpty()) {
                    furniture.add(text);
                }
                buffer.setLength(0);
            }
            return;
        }
        if (tableDepth > 0) {
            switch (name) {
                case "ul", "ol" -> cellListDepth = Math.max(0, cellListDepth - 1);
                case "td", "th" -> {
                    cellListDepth = 0;
                    if (row != null && cell != null) {
                        String text = normalise(cell.toString()).replace('\t', ' ');
                        firstCell = firstCell == null ? text : firstCell;
                        tableCells++;
                        // In a row, a list item in a cell keeps a bullet before it; other block breaks are spaces.
                        row.add(normalise(text.replace(BLOCK + CELL_ITEM, " \u2022 ").replace(BLOCK + CELL_SUB_ITEM, " \u25E6 ")
                                .replace(BLOCK, " ")).strip());
                    }
                    cell = null;
                }
                case "tr" -> {
                    if (row != null && row.stream().anyMatch(c -> !c.isEmpty())) {
                        addLine(String.join("\t", row), LineHint.TABLE_ROW, 0);
                    }
                    tableRows++;
                    row = null;
                }
                case "table" -> {
                    tableDepth--;
                    if (tableDepth == 0) {
                        if (tableRows == 1 && tableCells == 1 && firstCell != null) {
                            unboxFirstCell();
                        }
                        blankLine();
                    }
                }
                default -> {
                }
            }
            return;
        }
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "blockquote", "pre", "dd", "dt" -> {
                if (blockHint != LineHint.LIST_ITEM) {
                    flush();
                }
            }
            case "li" -> flush();
            case "ul", "ol" -> {
                flush();
                if (!lists.isEmpty()) {
                    lists.pop();
                }
                if (lists.isEmpty()) {
                    blankLine();
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        ParseDeadline.check();
        if (skipDepth > 0) {
            return;
        }
        characters += length;
        if (characters > limit) {
            throw new LimitReachedException(limit);
        }
        if (tableDepth > 0 && furnitureDepth == 0) {
            if (cell != null) {
                cell.append(ch, start, length);
            }
            return;
        }
        buffer.append(ch, start, length);
    }

    /**
     * Tika writes HTML line breaks as ignorable newlines; inside running text they end a line,
     * elsewhere (headings, list items, cells) they are a space. Between blocks nothing is pending.
     */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (skipDepth > 0 || furnitureDepth > 0 || new String(ch, start, length).indexOf('\n') < 0) {
            return;
        }
        if (tableDepth > 0) {
            if (cell != null) {
                cell.append(' ');
            }
        } else if (blockHint == LineHint.NONE) {
            emit(false);
        } else {
            buffer.append(' ');
        }
    }

    @Override
    public void endDocument() {
        flush();
    }

    /**
     * A paragraph right before a list item, itself right after a lead-in ending with a colon
     * ("3.9 The Statutory Sector Commits to:"), is the list's first item.
     */
    private void repairFirstItem() {
        int last = lines.size() - 1;
        while (last >= 0 && lines.get(last).isBlank()) {
            last--;
        }
        if (last < 1 || lines.get(last).hint() != LineHint.NONE || lines.get(last).text().endsWith(":")) {
            return;
        }
        int before = last - 1;
        while (before >= 0 && lines.get(before).isBlank()) {
            before--;
        }
        if (before < 0 || !lines.get(before).text().endsWith(":")) {
            return;
        }
        SourceLine item = lines.get(last);
        while (lines.size() > last) {
            lines.remove(lines.size() - 1);
        }
        lines.add(new SourceLine(item.text(), item.number(), null, null, LineHint.LIST_ITEM, blockLevel));
    }

    private void start(LineHint hint, int level) {
        flush();
        blockHint = hint;
        blockLevel = level;
    }

    /** Ends the current block: its text becomes a line, then a blank line unless in a list. */
    private void flush() {
        emit(true);
        blockHint = LineHint.NONE;
        blockLevel = 0;
    }

    private void emit(boolean endOfBlock) {
        String text = normalise(buffer.toString());
        buffer.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        LineHint hint = blockHint;
        int level = blockLevel;
        if (hint == LineHint.NONE) {
            // Word files give list paragraphs as text behind a bullet glyph rather than as li.
            String bulleted = stripBullet(text);
            if (bulleted != null) {
                text = bulleted;
                hint = LineHint.LIST_ITEM;
                level = 0;
            }
        }
        addLine(text, hint, level);
        if (endOfBlock && hint != LineHint.LIST_ITEM) {
            blankLine();
        }
    }

    private static String stripBullet(String text) {
        if (text.length() >= 3 && PdfBullets.isBullet(text.substring(0, 1)) && Character.isWhitespace(text.charAt(1))) {
            return text.substring(2).strip();
        }
        return null;
    }

    private void addLine(String text, LineHint hint, int level) {
        SourceLine previous = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        boolean together = previous != null && !previous.isBlank() && previous.hint() == hint
                && (hint == LineHint.LIST_ITEM || hint == LineHint.TABLE_ROW);
        if (previous != null && !previous.isBlank() && !together && previous.hint() != LineHint.NONE) {
            blankLine();
        }
        lines.add(new SourceLine(text, lines.size() + 1, null, null, hint, level));
    }

    /** Whether the cell's text so far ends with a list item's mark (a paragraph inside the item starts no new block). */
    private static boolean endsWithItemMark(StringBuilder cell) {
        int n = cell.length();
        return n >= 2 && cell.charAt(n - 2) == BLOCK.charAt(0)
                && (cell.charAt(n - 1) == CELL_ITEM.charAt(0) || cell.charAt(n - 1) == CELL_SUB_ITEM.charAt(0));
    }

    /**
     * A table of one cell is a box around text ("Our principles" shaded in a frame): its paragraphs and list
     * items are read as the document's own lines, not as one table row.
     */
    private void unboxFirstCell() {
        while (lines.size() > linesBeforeTable) {
            lines.remove(lines.size() - 1);
        }
        for (String part : firstCell.split(BLOCK)) {
            boolean sub = part.startsWith(CELL_SUB_ITEM);
            boolean item = sub || part.startsWith(CELL_ITEM);
            String text = normalise(item ? part.substring(1) : part).strip();
            if (!text.isEmpty()) {
                addLine(text, item ? LineHint.LIST_ITEM : LineHint.NONE, sub ? 1 : 0);
                if (!item) {
                    blankLine();
                }
            }
        }
    }

    private void blankLine() {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
            lines.add(new SourceLine("", lines.size() + 1, null, null, LineHint.NONE, 0));
        }
    }

    private static boolean isBlock(String name) {
        return switch (name) {
            case "p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6" -> true;
            default -> false;
        };
    }

    private static String name(String localName, String qName) {
        String n = localName == null || localName.isEmpty() ? qName : localName;
        return n.toLowerCase(Locale.ROOT);
    }

    /** Collapses runs of spaces (not tabs), drops control characters and non-breaking spaces. */
    private static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00A0' || c == ' ' || c == '\n' || c == '\r' || c == '\u000B') {
                space = true;
            } else if (c == '\t' || c >= ' ' && c != '\u00AD') {
                if (space && out.length() > 0 && c != '\t' && out.charAt(out.length() - 1) != '\t') {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
