package io.github.compactkit.ingest;

import static io.github.compactkit.ingest.DrawnPdf.FONT;
import static io.github.compactkit.ingest.DrawnPdf.pdf;
import static io.github.compactkit.ingest.DrawnPdf.rule;
import static io.github.compactkit.ingest.DrawnPdf.text;
import static io.github.compactkit.ingest.DrawnPdf.verticalRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Layout cases built glyph by glyph: superscripts, wide justified spaces, misaligned columns. */
class PdfLayoutTest {
    private static List<String> texts(SourceDocument document) {
        return document.lines().stream().filter(l -> !l.isBlank()).map(SourceLine::text).toList();
    }

    @Test
    void superscriptFootnoteMarkStaysInItsLine() throws Exception {
        SourceDocument document = pdf(out -> {
            text(out, 11, 60, 700, "The partners");
            text(out, 7, 60 + FONT.getStringWidth("The partners") / 1000 * 11, 704.5f, "1");
            text(out, 11, 60 + FONT.getStringWidth("The partners") / 1000 * 11 + 4, 700, " to the compact agree to meet.");
            text(out, 11, 60, 686, "They will review it every year.");
        });
        assertEquals(List.of("The partners1 to the compact agree to meet. They will review it every year."), texts(document));
    }

    @Test
    void wideJustifiedSpacesAreNotTabs() throws Exception {
        SourceDocument document = pdf(out -> {
            text(out, 11, 60, 700, "Funding");
            text(out, 11, 60 + 70, 700, "will");
            text(out, 11, 60 + 110, 700, "be");
            text(out, 11, 60 + 140, 700, "fair.");
        });
        List<String> texts = texts(document);
        assertEquals(1, texts.size());
        assertFalse(texts.get(0).contains("\t"), texts.get(0));
        assertEquals("Funding will be fair.", texts.get(0));
    }

    @Test
    void columnsWithMisalignedBaselinesAreReadOneAfterTheOther() throws Exception {
        String[] left = {"The council will consult the", "sector for twelve weeks on", "all major changes to policy", "and will publish the results.",
            "It will pay grants on time", "and explain its decisions."};
        String[] right = {"The sector will represent the", "views of its members fairly", "and will say how it gathered", "them from the people it serves.",
            "It will manage public money", "well and report on its use."};
        SourceDocument document = pdf(out -> {
            for (int i = 0; i < left.length; i++) {
                text(out, 10, 60, 700 - i * 13, left[i]);
                text(out, 10, 310, 695 - i * 13, right[i]);
            }
        });
        String all = String.join(" | ", texts(document));
        int council = all.indexOf("The council will consult");
        int decisions = all.indexOf("explain its decisions.");
        int sector = all.indexOf("The sector will represent");
        assertTrue(council >= 0 && decisions > council && sector > decisions, all);
        assertTrue(all.contains("The council will consult the sector for twelve weeks on all major changes"), all);
    }

    /**
     * A ruled table whose header wraps over two lines, whose rows leave the theme cell empty under the
     * row that named it, and that a page break splits: every row keeps its cells in their columns.
     */
    @Test
    void ruledTableKeepsEmptyCellsInTheirColumnsAcrossAPageBreak() throws Exception {
        float[] columns = {60, 180, 360};
        String[][] first = {
            {"Theme", "The council and its partners", "The voluntary and community"},
            {"", "", "sector will"},
        };
        String[][][] rows = {
            {{"Funding", "Give three months' notice of", "Keep sound financial"}, {"", "any change to funding", "records"}},
            {{"", "Pay grants in advance where", "Report on outcomes in a"}, {"", "a project needs it", "proportionate way"}},
            {{"", "", "Tell funders about any"}, {"", "", "serious difficulty"}},
        };
        SourceDocument document = pdf(out -> {
            float y = 700;
            rule(out, 55, 540, y + 12);
            y = drawRow(out, columns, first, y);
            for (String[][] row : rows) {
                y = drawRow(out, columns, row, y);
            }
        }, out -> {
            drawRow(out, columns, new String[][] {{"", "Offer funding agreements of", "Share premises with other"}, {"", "three years", "groups"}}, 700);
        });
        List<String> rowsRead = document.lines().stream().filter(l -> l.hint() == LineHint.TABLE_ROW).map(SourceLine::text).toList();
        assertEquals(List.of(
                "Theme\tThe council and its partners\tThe voluntary and community sector will",
                "Funding\tGive three months' notice of any change to funding\tKeep sound financial records",
                "\tPay grants in advance where a project needs it\tReport on outcomes in a proportionate way",
                "\t\tTell funders about any serious difficulty",
                "\tOffer funding agreements of three years\tShare premises with other groups"), rowsRead);
    }

    @Test
    void aTypedCheckBoxStartsALineAndItsWrappedLinesGoBackToTheMargin() throws Exception {
        SourceDocument document = pdf(out -> {
            text(out, 10, 60, 700, "[ ] Plan for the end of funding from the start of each grant or contract");
            text(out, 10, 60, 687, "[ ] Give the funder at least 3 months' notice if they intend to withdraw from");
            text(out, 10, 60, 674, "delivering a funded service");
        });
        assertEquals(List.of("[ ] Plan for the end of funding from the start of each grant or contract",
                "[ ] Give the funder at least 3 months' notice if they intend to withdraw from delivering a funded service"), texts(document));
    }

    @Test
    void aCellBorderSplitsTextThatRunsUpToIt() throws Exception {
        // The action fills its cell up to the border: the gap to the lead is narrower than a tab stop.
        String[][] rows = {{"Action", "Lead", "Target date"},
            {"Publish the revised Compact on all websites", "Brackwater CVS", "December 2012"},
            {"Run Compact training for commissioning staff", "Brackwater Council", "March 2013"}};
        SourceDocument document = pdf(out -> {
            // Cell padding of 3 points each side of the border: 6 points, less than a tab stop's gap.
            float split = 60 + FONT.getStringWidth(rows[2][0]) / 1000 * 10 + 3;
            float[] x = {60, split + 3, 420};
            float y = 700;
            rule(out, 55, 540, y + 12);
            for (String[] row : rows) {
                for (int c = 0; c < 3; c++) {
                    text(out, 10, x[c], y, row[c]);
                }
                rule(out, 55, 540, y - 6);
                y -= 18;
            }
            verticalRule(out, split, y + 12, 712);
            verticalRule(out, 415, y + 12, 712);
        });
        List<String> rowsRead = document.lines().stream().filter(l -> l.hint() == LineHint.TABLE_ROW).map(SourceLine::text).toList();
        assertEquals(List.of("Action\tLead\tTarget date", "Publish the revised Compact on all websites\tBrackwater CVS\tDecember 2012",
                "Run Compact training for commissioning staff\tBrackwater Council\tMarch 2013"), rowsRead);
    }

    /** Draws a row's lines at a 12-point pitch with a rule under it; returns where the next row starts. */
    private static float drawRow(org.apache.pdfbox.pdmodel.PDPageContentStream out, float[] columns, String[][] lines, float y)
            throws java.io.IOException {
        for (String[] line : lines) {
            for (int c = 0; c < columns.length; c++) {
                if (!line[c].isEmpty()) {
                    text(out, 9, columns[c], y, line[c]);
                }
            }
            y -= 12;
        }
        rule(out, 55, 540, y + 7);
        return y - 12;
    }
}
