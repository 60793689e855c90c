package io.github.compactkit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.CompactParseException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Layout-aware reading of the committed PDF renderings. */
class PdfReaderTest {
    private static final Pattern PAGE_OF = Pattern.compile("(?i).*\\bpage \\d+ of \\d+.*");

    static List<String> pdfs() {
        return Renderings.names("pdf");
    }

    private static SourceDocument read(String name) throws CompactParseException {
        return new PdfReader().read(Renderings.bytes(name, "pdf"), name + ".pdf", "application/pdf");
    }

    private static SourceLine line(SourceDocument document, String text) {
        return document.lines().stream().filter(l -> l.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line: " + text));
    }

    @ParameterizedTest
    @MethodSource("pdfs")
    void runningHeadersFootersAndPageNumbersAreFurnitureNotLines(String name) throws CompactParseException {
        SourceDocument document = read(name);
        assertTrue(document.pageFurniture().stream().anyMatch(f -> f.matches("Page 1 of \\d+")), document.pageFurniture().toString());
        String header = document.pageFurniture().get(0);
        for (SourceLine l : document.lines()) {
            assertFalse(PAGE_OF.matcher(l.text()).matches(), "page number in line " + l);
            if (l.hint() != LineHint.HEADING) {
                assertFalse(l.text().equals(header), "running header in line " + l);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("pdfs")
    void linesFollowTheSourceOrder(String name) throws CompactParseException {
        SourceDocument document = read(name);
        List<Integer> positions = Renderings.positionsInSource(document.lines(), Renderings.sourceText(name));
        long found = positions.stream().filter(p -> p >= 0).count();
        assertTrue(found >= positions.size() * 0.9, name + ": only " + found + " of " + positions.size() + " lines found in the source");
        int inversions = 0;
        int last = -1;
        for (int p : positions) {
            if (p < 0) {
                continue;
            }
            inversions += p < last ? 1 : 0;
            last = p;
        }
        assertTrue(inversions <= Math.max(1, found / 50), name + ": " + inversions + " lines out of order");
    }

    @ParameterizedTest
    @MethodSource("pdfs")
    void pageNumbersAndBoxesAreRight(String name) throws CompactParseException, IOException {
        SourceDocument document = read(name);
        List<String> pages = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(Renderings.bytes(name, "pdf"))) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(Renderings.normalise(stripper.getText(pdf)));
            }
        }
        assertEquals(pages.size(), document.pages());
        int checked = 0;
        for (SourceLine l : document.lines()) {
            if (l.isBlank()) {
                continue;
            }
            String words = Renderings.normalise(l.text());
            String probe = words.substring(0, Math.min(30, words.length()));
            assertTrue(pages.get(l.page() - 1).contains(probe), "line not on its page " + l.page() + ": " + l.text());
            assertTrue(l.box().x() >= 0 && l.box().y() >= 0 && l.box().x() + l.box().width() <= 600
                    && l.box().y() + l.box().height() <= 850, "box on the page: " + l);
            checked++;
        }
        assertTrue(checked > 30);
    }

    /** Joined lines make the source's words: no "govern-ment", no "decisionmaking" (Northshire is hyphenated). */
    @ParameterizedTest
    @MethodSource("pdfs")
    void wordsAreTheSourceWords(String name) throws CompactParseException {
        java.util.Set<String> source = words(Renderings.sourceText(name));
        List<String> strange = new ArrayList<>();
        for (SourceLine l : read(name).lines()) {
            for (String word : words(l.text())) {
                if (!source.contains(word)) {
                    strange.add(word);
                }
            }
        }
        assertTrue(strange.size() <= 2, name + ": words not in the source " + strange);
    }

    private static java.util.Set<String> words(String text) {
        java.util.Set<String> words = new java.util.HashSet<>();
        java.util.regex.Matcher m = Pattern.compile("\\p{L}+(?:-\\p{L}+)*").matcher(text.toLowerCase(java.util.Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    @Test
    void numberedHeadingsKeepTheirNumbers() throws CompactParseException {
        SourceDocument document = read("westminster");
        assertEquals(LineHint.HEADING, line(document, "2.3.2 The Statutory Sector Undertakes to:").hint());
        assertEquals(LineHint.HEADING, line(document, "2 Development and Sustainability").hint());
        assertTrue(line(document, "2 Development and Sustainability").level()
                < line(document, "2.3.2 The Statutory Sector Undertakes to:").level());
    }

    @Test
    void nestedBulletsGetALevel() throws CompactParseException {
        SourceDocument document = read("westminster");
        SourceLine parent = line(document, "Working together in positive ways to advance mutual understanding of the other partner in relation to:");
        SourceLine child = line(document, "financial issues;");
        assertEquals(LineHint.LIST_ITEM, parent.hint());
        assertEquals(0, parent.level());
        assertEquals(LineHint.LIST_ITEM, child.hint());
        assertEquals(1, child.level());
    }

    @Test
    void actionPlanTableGivesOneRowPerAction() throws CompactParseException {
        SourceDocument document = read("westminster");
        List<String[]> rows = document.lines().stream().filter(l -> l.hint() == LineHint.TABLE_ROW)
                .map(l -> l.text().split("\t", -1)).filter(c -> c.length == 3).toList();
        long headers = rows.stream().filter(c -> c[0].equals("Action") && c[1].startsWith("Lead")).count();
        assertTrue(headers >= 1);
        List<String[]> actions = rows.stream().filter(c -> !c[0].equals("Action") && c[2].matches("[A-Z][a-z]+ \\d{4}")).toList();
        assertEquals(17, actions.size(), "one row per action point of the gold annotation");
        assertTrue(actions.stream().anyMatch(c -> c[0].equals("Review current arrangements for support of CVS.")
                && c[1].equals("WCC/PCT") && c[2].equals("June 2006")));
        // A row split by a page break (under a repeated header) is rejoined.
        assertTrue(actions.stream().anyMatch(c -> c[0].startsWith("Explore the viability") && c[0].endsWith("value for money.")));
        assertTrue(rows.stream().noneMatch(c -> !c[0].isEmpty() && Character.isLowerCase(c[0].charAt(0))), "no stray row parts");
        // A wrapped cell is one row, its lines joined.
        assertTrue(actions.stream().anyMatch(c -> c[0].startsWith("Publish an annual Commissioning Cycle")
                && c[0].endsWith("advice is available on the tendering process.")));
    }

    @Test
    void twoColumnPagesAreReadColumnByColumn() throws CompactParseException {
        SourceDocument document = read("bromley");
        List<String> texts = document.lines().stream().map(SourceLine::text).toList();
        int p25 = indexStarting(texts, "2.5 The development of the Compact");
        int heading = texts.indexOf("2.6 Shared Principles");
        int first = indexStarting(texts, "recognise and accept that both sectors");
        int split = indexStarting(texts, "Promote and encourage inclusive and accessible consultation and engagement");
        int last = indexStarting(texts, "Recognise that differences will arise");
        assertTrue(p25 < heading && heading < first && first < split && split < last,
                List.of(p25, heading, first, split, last).toString());
        assertEquals(LineHint.LIST_ITEM, document.lines().get(split).hint());
    }

    private static int indexStarting(List<String> texts, String start) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }

    @Test
    void hyphenationAtLineEndsIsUndoneButRealHyphensStay() {
        PdfText text = new PdfText();
        text.learn("The implementation of the compact and its operation");
        text.learn("Making a decision together");
        assertEquals("good implementation plan", text.join("good imple-", "mentation plan"));
        assertEquals("joint decision-making", text.join("joint decision-", "making"));
        assertEquals("local government", text.join("local govern-", "ment"));
        assertEquals("clear criteria", text.join("clear cri-", "teria"));
        assertEquals("co-operation between", text.join("co-", "operation between"));
        assertEquals("training/development", text.join("training/", "development"));
        assertEquals("work together", text.join("work", "together"));
        assertEquals("pay out-of-pocket expenses", text.join("pay out-of-", "pocket expenses"));
    }
}
