package io.github.compactkit.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.Compacts;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Items parsed from the PDF renderings say where they are: each undertaking, principle and action
 * point has a page and a box, its opening words are on that page, and no item carries running
 * header or footer text.
 */
class PdfProvenanceTest {
    @TempDir
    static Path dir;

    /** Every PDF rendering with a text layer (LibreOffice's and the designed ones; scans have their own test). */
    static Stream<Arguments> pdfs() {
        return Corpus.bundled().annotated().stream().flatMap(d -> d.renderings().stream()
                .filter(r -> r.mediaType().equals("application/pdf") && !r.isScan())
                .map(r -> Arguments.of(r.fileName(), d, r)));
    }

    private record Item(String text, Span span) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pdfs")
    void itemsHaveTheirPageAndNoFurniture(String label, CorpusDocument doc, Rendering pdf) throws IOException, CompactParseException {
        Compact compact = Compacts.parse(pdf.copyTo(dir));
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(normalise(stripper.getText(document)));
            }
        }
        List<Item> items = new ArrayList<>();
        compact.undertakings().forEach(u -> items.add(new Item(u.text(), u.span())));
        compact.principles().forEach(p -> items.add(new Item(p.text(), p.span())));
        compact.actionPoints().forEach(a -> items.add(new Item(a.text(), a.span())));
        // The running header repeats the title, which items may quote; other furniture must not appear.
        String title = normalise(compact.title() == null ? "" : compact.title());
        List<String> furniture = compact.pageFurniture().stream().map(PdfProvenanceTest::normalise)
                .filter(f -> f.split(" ").length >= 3 && !f.equals(title)).toList();
        for (Item item : items) {
            String where = doc.name() + ": " + item.text();
            assertNotNull(item.span(), where);
            assertNotNull(item.span().startPage(), where);
            assertNotNull(item.span().box(), where);
            String words = normalise(item.text());
            // Items may be prefixed by their lead-in ("Both sectors will: ..."), which can sit on the page before.
            int colon = item.text().indexOf(": ");
            List<String> openings = new ArrayList<>(List.of(opening(words)));
            if (colon > 0) {
                openings.add(opening(normalise(item.text().substring(colon + 2))));
            }
            boolean found = false;
            int last = item.span().endPage() == null ? item.span().startPage() : item.span().endPage();
            for (int p = item.span().startPage(); p <= last; p++) {
                String page = pages.get(p - 1);
                found |= openings.stream().anyMatch(page::contains);
            }
            assertTrue(found, "not on pages " + item.span().startPage() + "-" + last + ": " + where);
            assertFalse(words.matches(".*\\bpage \\d+ of \\d+.*"), "page footer in " + where);
            for (String f : furniture) {
                assertFalse(words.contains(f), "running header or footer '" + f + "' in " + where);
            }
        }
    }

    private static String opening(String words) {
        return words.substring(0, Math.min(25, words.length()));
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
