package io.github.compactkit.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextParagraphsTest {

    @Test
    void paragraphsCarryTheirSectionAndGlossariesAreSkipped() {
        String text = String.join("\n",
                "7 Compact Review",
                "",
                "7.2 Disputes",
                "",
                "Disputes should be addressed to the Compact Group.",
                "12 weeks is the usual minimum for consultation.",
                "",
                "7.3",
                "Review",
                "- 7.3.1 The group will review the Compact every year.",
                "Glossary",
                "Full cost recovery means funding overheads too.",
                "8 Way Forward",
                "The partners will meet.");
        List<TextParagraphs.Paragraph> got = TextParagraphs.of(text);
        assertEquals(List.of(
                new TextParagraphs.Paragraph("Disputes should be addressed to the Compact Group.", "7.2"),
                new TextParagraphs.Paragraph("12 weeks is the usual minimum for consultation.", "7.2"),
                new TextParagraphs.Paragraph("The group will review the Compact every year.", "7.3.1"),
                new TextParagraphs.Paragraph("The partners will meet.", "8")), got);
    }
}
