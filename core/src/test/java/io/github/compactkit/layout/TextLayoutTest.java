package io.github.compactkit.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.ingest.PlainTextReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLayoutTest {
    private static LayoutResult layout(String text) {
        return new TextLayout().layout(PlainTextReader.fromText(text, "t.txt", "text/plain", "x").lines());
    }

    private static List<Block> blocks(String text) {
        return layout(text).blocks();
    }

    @Test
    void numberedHeadingsWithTheirDepth() {
        List<Block> b = blocks("1 Introduction\n\n1.1 What is a Compact?\n\nText here.\n\n2.3.4 Action Points\n");
        Heading h = assertInstanceOf(Heading.class, b.get(0));
        assertEquals("1", h.number());
        assertEquals("Introduction", h.title());
        Heading deep = assertInstanceOf(Heading.class, b.get(3));
        assertEquals("2.3.4", deep.number());
        assertEquals(3, deep.level());
    }

    @Test
    void numberAloneTakesTheNextLineAsTitle() {
        List<Block> b = blocks("Part 4\nUndertakings by the Statutory Partners\n\n5.1\nConsultation\n\n· We will consult.\n");
        Heading part = assertInstanceOf(Heading.class, b.get(0));
        assertEquals("Part 4", part.number());
        assertEquals("Undertakings by the Statutory Partners", part.title());
        Heading section = assertInstanceOf(Heading.class, b.get(1));
        assertEquals("5.1", section.number());
        assertEquals("Consultation", section.title());
        assertInstanceOf(ListItem.class, b.get(2));
    }

    @Test
    void aParagraphStartingWithANumberIsNotAHeading() {
        List<Block> b = blocks("1 Intro\n\n60% of organisations have difficulty.\n\n40 organisations replied to the survey.\n");
        assertEquals(3, b.size());
        assertInstanceOf(Paragraph.class, b.get(1));
        assertInstanceOf(Paragraph.class, b.get(2));
    }

    @Test
    void tableOfContentsIsSetAside() {
        LayoutResult r = layout("Contents\n\nForeword\t3\n1 Introduction\t4\n2 Funding\t6\n\n1 Introduction\n\nBody.\n");
        assertEquals(3, r.tableOfContents().size());
        Heading h = assertInstanceOf(Heading.class, r.blocks().get(0));
        assertEquals("1", h.number());
    }

    @Test
    void nestedBulletsKeepTheirLevelAndEmptyBulletsVanish() {
        List<Block> b = blocks("Lead-in:\n\n- Parent by:\n - child one;\n - child two.\n- Next\n·\n");
        List<ListItem> items = b.stream().filter(ListItem.class::isInstance).map(ListItem.class::cast).toList();
        assertEquals(4, items.size());
        assertEquals(0, items.get(0).level());
        assertEquals(1, items.get(1).level());
        assertEquals("child one", items.get(1).text());
        assertEquals(0, items.get(3).level());
    }

    @Test
    void romanAndLetterMarkersNest() {
        List<Block> b = blocks("The Council will:\n\n(i) consult early;\n(a) on policy;\n(b) on funding;\n(ii) give feedback.\n");
        List<ListItem> items = b.stream().filter(ListItem.class::isInstance).map(ListItem.class::cast).toList();
        assertEquals(List.of(0, 1, 1, 0), items.stream().map(ListItem::level).toList());
        assertEquals("(ii)", items.get(3).marker());
    }

    @Test
    void footnotesAndEmphasisAreNotText() {
        LayoutResult r = layout("The partners¹ agree **strongly**.\n\n¹ See page 21-22\n");
        assertEquals("The partners agree strongly.", r.blocks().get(0).text());
        assertEquals(List.of("See page 21-22"), r.footnotes());
    }

    @Test
    void pageNumbersAreFurniture() {
        LayoutResult r = layout("Text one.\n\nPage 3 of 12\n\nText two.\n");
        assertEquals(List.of("Page 3 of 12"), r.pageFurniture());
        assertFalse(r.blocks().stream().anyMatch(b -> b.text().contains("Page 3")));
    }

    @Test
    void wrappedListItemLinesJoin() {
        List<Block> b = blocks("- An item that wraps\n  onto a second line.\n");
        assertEquals(1, b.size());
        assertEquals("An item that wraps onto a second line.", b.get(0).text());
    }

    @Test
    void tabSeparatedLinesAreTableRows() {
        List<Block> b = blocks("Action\tLead\tBy when\nReview grants\tCouncil\tQ3 2013\n");
        TableRow row = assertInstanceOf(TableRow.class, b.get(1));
        assertEquals(List.of("Review grants", "Council", "Q3 2013"), row.cells());
        assertTrue(b.get(0) instanceof TableRow);
    }

    @Test
    void aTableHeaderRepeatedInEverySectionIsNotFurniture() {
        String section = "Action\tLead\tTarget date\nReview grants\tCouncil\tJune 2006\n\n";
        LayoutResult r = layout(section.repeat(6));
        assertTrue(r.pageFurniture().isEmpty());
        assertEquals(12, r.blocks().size());
    }

    @Test
    void aReaderRowKeepsItsEmptyCellsInPlace() {
        // A Word or PDF table row with the theme cell empty ("same theme as above") and text in the last column only.
        List<io.github.compactkit.ingest.SourceLine> lines = List.of(
                new io.github.compactkit.ingest.SourceLine("Theme\tThe council will\tThe sector will", 1, null, null,
                        io.github.compactkit.ingest.LineHint.TABLE_ROW, 0),
                new io.github.compactkit.ingest.SourceLine("\t\tSeek the views of members\t", 2, null, null,
                        io.github.compactkit.ingest.LineHint.TABLE_ROW, 0));
        List<Block> b = new TextLayout().layout(lines).blocks();
        assertEquals(List.of("", "", "Seek the views of members"), assertInstanceOf(TableRow.class, b.get(1)).cells());
    }

    @Test
    void aReaderRowThatOnlyContinuesTheCellsAboveJoinsThem() {
        List<io.github.compactkit.ingest.SourceLine> lines = List.of(
                row("No.\tPledge\tWho", 1),
                row("1\tGive at least 12 weeks for formal consultation on any change that affects\tCouncil and ICB", 2),
                row("\tVCSE organisations or the communities they serve\t", 3),
                row("2\tPublish a summary of consultation responses and explain how they changed\tCouncil", 4),
                row("\tthe final decision\t", 5),
                row("\tExplain the reasons for a shorter period\tCouncil", 6),
                row("\toffer funding agreements of three years\tCouncil", 7));
        List<Block> b = new TextLayout().layout(lines).blocks();
        assertEquals(List.of("1", "Give at least 12 weeks for formal consultation on any change that affects VCSE organisations or the communities they serve",
                "Council and ICB"), assertInstanceOf(TableRow.class, b.get(1)).cells());
        assertEquals("Publish a summary of consultation responses and explain how they changed the final decision",
                assertInstanceOf(TableRow.class, b.get(2)).cells().get(1));
        // A capital after an empty first cell starts an entry of its own.
        assertEquals(List.of("", "Explain the reasons for a shorter period", "Council"), assertInstanceOf(TableRow.class, b.get(3)).cells());
        // So does an item written as a bare instruction in lower case.
        assertEquals(List.of("", "offer funding agreements of three years", "Council"), assertInstanceOf(TableRow.class, b.get(4)).cells());
        assertEquals(5, b.size());
    }

    private static io.github.compactkit.ingest.SourceLine row(String text, int number) {
        return new io.github.compactkit.ingest.SourceLine(text, number, null, null, io.github.compactkit.ingest.LineHint.TABLE_ROW, 0);
    }
}
