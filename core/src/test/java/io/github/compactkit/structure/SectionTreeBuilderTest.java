package io.github.compactkit.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.compactkit.ingest.PlainTextReader;
import io.github.compactkit.layout.TextLayout;
import io.github.compactkit.model.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionTreeBuilderTest {
    private static DocumentStructure build(String text) {
        return new SectionTreeBuilder().build(
                new TextLayout().layout(PlainTextReader.fromText(text, "t", "text/plain", "x").lines()).blocks());
    }

    @Test
    void numberedSectionsNestAndBlocksKnowTheirSection() {
        DocumentStructure s = build("1 Intro\n\nText.\n\n2 Funding\n\n2.1 Grants\n\nMore text.\n\n2.1.1 Detail\n\n- item\n\n3 Review\n");
        List<Section> roots = s.sections();
        assertEquals(List.of("1", "2", "3"), roots.stream().map(Section::number).toList());
        assertEquals("2.1", roots.get(1).children().get(0).number());
        assertEquals("2.1.1", roots.get(1).children().get(0).children().get(0).number());
        LocatedBlock item = s.blocks().stream().filter(b -> b.block().text().equals("item")).findFirst().orElseThrow();
        assertEquals("2.1.1", item.section());
    }

    @Test
    void partsHoldTheNumberedSectionsThatFollow() {
        DocumentStructure s = build("Part 4\nUndertakings by the Statutory Partners\n\n5.1\nConsultation\n\nText.\n\nPart 5\nOther\n");
        assertEquals("Part 4", s.sections().get(0).number());
        assertEquals("5.1", s.sections().get(0).children().get(0).number());
        assertEquals("Part 5", s.sections().get(1).number());
    }

    @Test
    void unnumberedHeadingsSitUnderTheCurrentSection() {
        DocumentStructure s = build("2. Purpose\n\nShared principles\n\nText.\n");
        assertEquals("Shared principles", s.sections().get(0).children().get(0).title());
        LocatedBlock text = s.blocks().get(s.blocks().size() - 1);
        assertEquals("2", text.section());
        assertEquals(2, text.headings().size());
    }

    @Test
    void untitledNumbersThatRestartAtOneStayInsideTheirSection() {
        // A Word numbered list under "2 Our principles" comes through as numbered paragraphs 1, 2, … with no title.
        List<io.github.compactkit.layout.Block> blocks = List.of(
                new io.github.compactkit.layout.Heading("1", "Introduction", 1, io.github.compactkit.model.Span.lines(1, 1)),
                new io.github.compactkit.layout.Heading("2", "Our principles", 1, io.github.compactkit.model.Span.lines(2, 2)),
                new io.github.compactkit.layout.Heading("1", "", 1, io.github.compactkit.model.Span.lines(3, 3)),
                new io.github.compactkit.layout.Heading("2", "", 1, io.github.compactkit.model.Span.lines(4, 4)),
                new io.github.compactkit.layout.Heading("3", "Funding", 1, io.github.compactkit.model.Span.lines(5, 5)));
        DocumentStructure structure = new SectionTreeBuilder().build(blocks);
        List<Section> roots = structure.sections();
        assertEquals(List.of("1", "2", "3"), roots.stream().map(Section::number).toList());
        // The list's numbers are not sections: its items are in section 2, and 3 follows 2.
        assertEquals(List.of(), roots.get(1).children());
        assertEquals(List.of("2", "2", "2", "3"), structure.blocks().subList(1, 5).stream().map(LocatedBlock::section).toList());
    }
}
