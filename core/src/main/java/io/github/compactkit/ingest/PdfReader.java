package io.github.compactkit.ingest;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.OcrMode;
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
 * and bounding box (points, origin top-left). Pages without a text layer (scans) are recognised
 * with Tesseract as {@link OcrSettings} say; their words go through the same steps as PDF text.
 *
 * <p>Memory stays bounded on large files: PDFBox keeps decoded streams in temporary files beyond a
 * small in-memory cache, and only the text lines of each page are kept.
 */
public final class PdfReader implements DocumentReader {
    /** Bytes of decoded streams kept in memory before PDFBox spills to temporary files. */
    private static final long MEMORY_CACHE = 16L * 1024 * 1024;
    /** A page with fewer characters than this has no real text layer (a scan with a stamped page number, say). */
    static final int MIN_TEXT_LAYER = 20;

    @Override
    public boolean supports(String mediaType) {
        return ReaderFormats.pdf(mediaType);
    }

    private final OcrSettings ocrSettings;
    private final PdfOcr ocr;

    /** A reader with the default OCR settings ({@link OcrSettings#defaults()}). */
    public PdfReader() {
        this(OcrSettings.defaults());
    }

    /** A reader that recognises pages without a text layer as {@code ocr} says. */
    public PdfReader(OcrSettings ocr) {
        this.ocrSettings = ocr;
        this.ocr = new PdfOcr(ocr);
    }

    @Override
    public SourceDocument read(byte[] bytes, String fileName, String mediaType) throws CompactParseException {
        if (!hasEndMarker(bytes)) {
            // PDFBox would rebuild a cut-off file from what is left; half a compact is not a compact.
            throw new CompactParseException(ParseFailure.CORRUPT, fileName, "truncated: no %%EOF marker");
        }
        List<PdfPage> pages;
        int pageCount;
        List<String> warnings = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMixed(MEMORY_CACHE).streamCache)) {
            pageCount = document.getNumberOfPages();
            if (pageCount == 0) {
                throw new CompactParseException(ParseFailure.CORRUPT, fileName, "no pages");
            }
            PdfPageCollector collector = new PdfPageCollector();
            collector.writeText(document, Writer.nullWriter());
            pages = new ArrayList<>(collector.pages());
            recognise(document, pages, fileName, warnings);
        } catch (InvalidPasswordException e) {
            throw new CompactParseException(ParseFailure.ENCRYPTED, fileName, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompactParseException(ParseFailure.TIMEOUT, fileName, "interrupted during OCR", e);
        } catch (IOException | RuntimeException e) {
            throw new CompactParseException(ParseFailure.CORRUPT, fileName, FailureDetail.of(e), e);
        }
        if (pages.stream().allMatch(p -> p.characters() == 0)) {
            throw new CompactParseException(ParseFailure.NO_TEXT_LAYER, fileName, (pageCount == 1 ? "1 page" : pageCount + " pages")
                    + (ocrSettings.mode() == OcrMode.NEVER ? ", OCR turned off" : ""));
        }
        PdfFurniture furniture = new PdfFurniture(pages);
        List<List<PdfVisualLine>> body = furniture.bodyLines();
        PdfReadingOrder order = new PdfReadingOrder();
        List<PdfItem> items = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            items.addAll(order.order(pages.get(i), body.get(i)));
        }
        List<SourceLine> lines = new PdfLineAssembler(items).lines();
        int removed = pages.stream().mapToInt(p -> p.lines().size()).sum()
                - body.stream().mapToInt(List::size).sum();
        if (removed > 0) {
            warnings.add("removed " + removed + " running header, footer and page number lines (see pageFurniture)");
        }
        long emptyPages = body.stream().filter(List::isEmpty).count();
        if (emptyPages > 0) {
            warnings.add(emptyPages + " of " + pageCount + (pageCount == 1 ? " page has" : emptyPages == 1 ? " pages has" : " pages have")
                    + " no text" + (ocrSettings.mode() == OcrMode.NEVER ? " layer (images only? OCR is off)" : ""));
        }
        return new SourceDocument(fileName, mediaType, pageCount, Hashes.sha256(bytes), lines,
                furniture.texts(), warnings);
    }

    /**
     * Replaces the pages that need OCR by what Tesseract reads on their image: in AUTO the pages with
     * (almost) no text layer, in ALWAYS every page. Without tesseract, a document with no text at all
     * fails with install instructions; one with some text is read and warned about.
     */
    private void recognise(PDDocument document, List<PdfPage> pages, String fileName, List<String> warnings)
            throws CompactParseException, IOException, InterruptedException {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            boolean needed = switch (ocrSettings.mode()) {
                case ALWAYS -> true;
                case AUTO -> pages.get(i).characters() < MIN_TEXT_LAYER;
                case NEVER -> false;
            };
            if (needed) {
                indexes.add(i);
            }
        }
        if (indexes.isEmpty()) {
            return;
        }
        Tesseract.Probe probe = ocr.probe();
        if (!probe.usable()) {
            boolean noText = pages.stream().allMatch(p -> p.characters() == 0);
            if (noText || ocrSettings.mode() == OcrMode.ALWAYS) {
                throw new CompactParseException(ParseFailure.OCR_UNAVAILABLE, fileName, probe.problem());
            }
            warnings.add(indexes.size() + " of " + pages.size() + " pages have no text layer and were not read: "
                    + probe.problem());
            return;
        }
        PdfOcr.Result result = ocr.recognise(document, indexes, fileName);
        result.pages().forEach(pages::set);
        OcrSizes.snap(pages, result.pages().keySet());
        result.failures().forEach((i, message) -> warnings.add("page " + (i + 1) + ": OCR failed: " + message));
        if (result.pages().isEmpty() && !result.failures().isEmpty()) {
            throw new CompactParseException(ParseFailure.CORRUPT, fileName, "OCR failed on every page: "
                    + result.failures().values().iterator().next());
        }
        warnings.add("OCR (" + probe.version() + ", " + ocrSettings.language() + ", " + ocrSettings.dpi() + " dpi) read "
                + (result.pages().size() == pages.size() ? "every page" : "pages " + PageRanges.of(result.pages().keySet()))
                + "; OCR text may contain recognition errors");
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
