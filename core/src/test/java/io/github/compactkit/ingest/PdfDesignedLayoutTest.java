package io.github.compactkit.ingest;

import static io.github.compactkit.ingest.DrawnPdf.pdf;
import static io.github.compactkit.ingest.DrawnPdf.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/** Designed-brochure layouts drawn shape by shape: ruled tables with full-width rows, boxed sidebars, pull quotes. */
class PdfDesignedLayoutTest {
    /** A rule as the cells of a designed table draw it: one thin filled rectangle per cell. */
    private static void rule(PDPageContentStream out, float y, float... cellEdges) throws IOException {
        out.setNonStrokingColor(Color.GRAY);
        for (int k = 0; k + 1 < cellEdges.length; k++) {
            out.addRect(cellEdges[k], y, cellEdges[k + 1] - cellEdges[k], 0.6f);
            out.fill();
        }
        out.setNonStrokingColor(Color.BLACK);
    }

    private static List<SourceLine> lines(SourceDocument document) {
        return document.lines().stream().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void ruledTableRowsHoldWholeListsAndAFullWidthRowIsOneCell() throws Exception {
        float[] cells = {50, 170, 360, 550};
        SourceDocument document = pdf(out -> {
            text(out, 10, 55, 700, "Theme");
            text(out, 10, 175, 700, "The Council will");
            text(out, 10, 365, 700, "The VCS will");
            rule(out, 692, cells);
            text(out, 10, 55, 678, "3.1 Funding");
            text(out, 10, 175, 678, "pay grants on time and in");
            text(out, 10, 175, 665, "advance where needed");
            text(out, 10, 175, 645, "give three months' notice");
            text(out, 10, 365, 678, "keep proper accounts");
            rule(out, 630, cells);
            text(out, 10, 55, 616, "Together we will");
            text(out, 10, 55, 603, "meet twice a year at a Compact forum open to every signatory of this Compact");
            rule(out, 595, cells);
            text(out, 10, 55, 581, "3.2 Premises");
            text(out, 10, 175, 581, "offer empty buildings");
            text(out, 10, 365, 581, "look after the buildings");
            rule(out, 570, cells);
        });
        List<SourceLine> lines = lines(document);
        assertTrue(lines.stream().allMatch(l -> l.hint() == LineHint.TABLE_ROW), lines.toString());
        assertEquals(List.of("Theme\tThe Council will\tThe VCS will",
                "3.1 Funding\tpay grants on time and in advance where needed give three months' notice\tkeep proper accounts",
                "Together we will meet twice a year at a Compact forum open to every signatory of this Compact",
                "3.2 Premises\toffer empty buildings\tlook after the buildings"),
                lines.stream().map(SourceLine::text).toList());
    }

    @Test
    void boxedSidebarIsReadAfterTheTextBesideIt() throws Exception {
        String[] main = {"The Compact is an agreement between the Council and the", "voluntary sector about how they will work together in the",
            "years to come. It replaces the agreement of 2005 and was", "written with more than a hundred local organisations who",
            "took part in workshops and an online survey last year."};
        String[] box = {"Facts", "120 groups", "40 officers", "One conference"};
        SourceDocument document = pdf(out -> {
            out.setNonStrokingColor(new Color(230, 230, 240));
            out.addRect(400, 620, 140, 95);
            out.fill();
            out.setNonStrokingColor(Color.BLACK);
            for (int i = 0; i < main.length; i++) {
                text(out, 10, 50, 700 - i * 13, main[i]);
            }
            for (int i = 0; i < box.length; i++) {
                text(out, 9, 410, 703 - i * 17, box[i]);
            }
        });
        String all = String.join(" | ", lines(document).stream().map(SourceLine::text).toList());
        assertTrue(all.startsWith("The Compact is an agreement between the Council and the voluntary sector"), all);
        assertTrue(all.indexOf("last year.") < all.indexOf("Facts") && all.indexOf("Facts") < all.indexOf("One conference"), all);
    }

    @Test
    void pullQuoteSetLargeStaysAParagraph() throws Exception {
        SourceDocument document = pdf(out -> {
            text(out, 10, 50, 700, "The review found that many promises could not be checked by anyone at all.");
            text(out, 16, 50, 660, "\u201CMany promises could not be checked by anyone.\u201D");
            text(out, 10, 50, 620, "This Compact is therefore shorter and written in plain English.");
        });
        SourceLine quote = lines(document).stream().filter(l -> l.text().startsWith("\u201C")).findFirst().orElseThrow();
        assertEquals(LineHint.NONE, quote.hint(), lines(document).toString());
    }
}
