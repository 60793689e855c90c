package io.github.compactkit.ingest;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.ParseFailure;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads PDF with its layout: glyph positions and fonts give headings (larger or bold type), list
 * items (bullet glyphs, level from indentation), paragraphs (visual lines joined, hyphenation
 * undone), tables (rows with tab-separated cells) and two-column reading order. Running headers,
 * footers and page numbers are removed and reported as page furniture. Each line carries its page
 * and bounding box (points, origin top-left).
 *
 * <p>Memory stays bounded on large files: PDFBox keeps decoded streams in temporary files beyond a
 * small in-memory cache, and only the text lines of each page are kept.
 */
public final class PdfReader implements DocumentReader {
    /** Bytes of decoded streams kept in memory before PDFBox spills to temporary files. */
    private static final long MEMORY_CACHE = 16L * 1024 * 1024;

    @Override
    public boolean supports(String mediaType) {
        return mediaType.equals("application/pdf");
    }

    @Override
    public SourceDocument read(byte[] bytes, String fileName, String mediaType) throws CompactParseException {
        if (!hasEndMarker(bytes)) {
            // PDFBox would rebuild a cut-off file from what is left; half a compact is not a compact.
            throw new CompactParseException(ParseFailure.CORRUPT, fileName, "truncated: no %%EOF marker");
        }
        PdfPageCollector collector;
        int pageCount;
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMixed(MEMORY_CACHE).streamCache)) {
            pageCount = document.getNumberOfPages();
            if (pageCount == 0) {
                throw new CompactParseException(ParseFailure.CORRUPT, fileName, "no pages");
            }
            collector = new PdfPageCollector();
            collector.writeText(document, Writer.nullWriter());
        } catch (InvalidPasswordException e) {
            throw new CompactParseException(ParseFailure.ENCRYPTED, fileName, null, e);
        } catch (IOException | RuntimeException e) {
            throw new CompactParseException(ParseFailure.CORRUPT, fileName, FailureDetail.of(e), e);
        }
        if (collector.glyphCount() == 0) {
            throw new CompactParseException(ParseFailure.NO_TEXT_LAYER, fileName, pageCount + " pages");
        }
        PdfFurniture furniture = new PdfFurniture(collector.pages());
        List<List<PdfVisualLine>> body = furniture.bodyLines();
        PdfReadingOrder order = new PdfReadingOrder();
        List<PdfItem> items = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            items.addAll(order.order(collector.pages().get(i), body.get(i)));
        }
        List<SourceLine> lines = new PdfLineAssembler(items).lines();
        List<String> warnings = new ArrayList<>();
        int removed = collector.pages().stream().mapToInt(p -> p.lines().size()).sum()
                - body.stream().mapToInt(List::size).sum();
        if (removed > 0) {
            warnings.add("removed " + removed + " running header, footer and page number lines (see pageFurniture)");
        }
        long emptyPages = body.stream().filter(List::isEmpty).count();
        if (emptyPages > 0) {
            warnings.add(emptyPages + " of " + pageCount + " pages have no text layer (images only?)");
        }
        return new SourceDocument(fileName, mediaType, pageCount, Hashes.sha256(bytes), lines,
                furniture.texts(), warnings);
    }

    /** Writers may append a little junk after the final %%EOF, so the last 4 KB are searched. */
    private static boolean hasEndMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - 4096);
        for (int i = bytes.length - 5; i >= from; i--) {
            if (bytes[i] == '%' && bytes[i + 1] == '%' && bytes[i + 2] == 'E' && bytes[i + 3] == 'O' && bytes[i + 4] == 'F') {
                return true;
            }
        }
        return false;
    }

}
