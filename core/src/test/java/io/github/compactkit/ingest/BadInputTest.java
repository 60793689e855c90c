package io.github.compactkit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.CompactParser;
import io.github.compactkit.OcrMode;
import io.github.compactkit.ParseFailure;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.DocumentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every unreadable input fails quickly with its documented {@link ParseFailure}, in one line. */
class BadInputTest {
    private static final Duration QUICKLY = Duration.ofSeconds(20);
    private static final Path BAD = Path.of("src", "test", "resources", "bad");
    private final CompactParser parser = CompactParser.builder().build();

    private ParseFailure failure(byte[] bytes, String name) {
        return failure(parser, bytes, name);
    }

    private static ParseFailure failure(CompactParser parser, byte[] bytes, String name) {
        CompactParseException e = assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(CompactParseException.class, () -> parser.parse(bytes, name)));
        assertFalse(e.getMessage().contains("\n"), "one-line message: " + e.getMessage());
        assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
        return e.reason();
    }

    private static byte[] resource(String name) throws IOException {
        return Files.readAllBytes(BAD.resolve(name));
    }

    @Test
    void emptyFileIsEmpty() throws IOException {
        assertEquals(ParseFailure.EMPTY, failure(resource("empty.txt"), "empty.txt"));
    }

    @Test
    void randomBytesAreNotText() throws IOException {
        assertEquals(ParseFailure.NOT_TEXT, failure(resource("random.bin"), "random.bin"));
        byte[] random = new byte[50_000];
        new Random(3).nextBytes(random);
        assertEquals(ParseFailure.NOT_TEXT, failure(random, "random.pdf"));
    }

    @Test
    void truncatedPdfIsCorrupt() throws IOException {
        assertEquals(ParseFailure.CORRUPT, failure(resource("truncated.pdf"), "truncated.pdf"));
        byte[] whole = TestDocuments.textPdf(3);
        assertEquals(ParseFailure.CORRUPT, failure(Arrays.copyOf(whole, whole.length / 2), "half.pdf"));
    }

    @Test
    void passwordProtectedPdfIsEncrypted() throws IOException {
        assertEquals(ParseFailure.ENCRYPTED, failure(resource("password.pdf"), "password.pdf"));
        assertEquals(ParseFailure.ENCRYPTED, failure(TestDocuments.passwordPdf(), "generated-password.pdf"));
    }

    @Test
    void passwordProtectedDocxIsEncrypted() {
        byte[] docx = TestDocuments.passwordDocx(Renderings.bytes("bromley", "docx"));
        assertEquals(ParseFailure.ENCRYPTED, failure(docx, "bromley-locked.docx"));
    }

    @Test
    void imageOnlyPdfHasNoTextLayer() throws IOException {
        // OCR is what makes an image-only PDF readable; without it (or when it finds no words) it has no text.
        CompactParser noOcr = CompactParser.builder().ocr(OcrMode.NEVER).build();
        assertEquals(ParseFailure.NO_TEXT_LAYER, failure(noOcr, resource("image-only.pdf"), "image-only.pdf"));
        assertEquals(ParseFailure.NO_TEXT_LAYER, failure(noOcr, TestDocuments.imageOnlyPdf(), "scan.pdf"));
    }

    @Test
    void imageOnlyPdfWithoutTesseractSaysHowToInstallIt() throws IOException {
        CompactParser missing = CompactParser.builder().tesseractCommand("compactkit-no-such-tesseract").build();
        CompactParseException e = assertThrows(CompactParseException.class,
                () -> missing.parse(resource("image-only.pdf"), "image-only.pdf"));
        assertEquals(ParseFailure.OCR_UNAVAILABLE, e.reason());
        assertTrue(e.getMessage().contains("apt-get install tesseract-ocr tesseract-ocr-eng"), e.getMessage());
        assertTrue(e.getMessage().contains("brew install tesseract"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void docxZipBombIsTooLarge() {
        byte[] bomb = TestDocuments.docxZipBomb(200);
        assertTrue(bomb.length < 2_000_000, "the bomb is small: " + bomb.length);
        assertEquals(ParseFailure.TOO_LARGE, failure(bomb, "bomb.docx"));
    }

    @Test
    void textNamedPdfIsReadAsText() throws CompactParseException {
        byte[] text = "1 Introduction\n\nThe partners agree to work together.\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("text/plain", FormatDetector.detect(text, "compact.pdf"));
        Compact compact = parser.parse(text, "compact.pdf");
        assertEquals("text/plain", compact.source().format());
    }

    @Test
    void spreadsheetIsUnsupported() {
        byte[] xlsx = spreadsheetLikeZip();
        assertEquals(ParseFailure.UNSUPPORTED_FORMAT, failure(xlsx, "table.docx"));
    }

    @Test
    void documentThatIsNotACompactParsesAsOther() throws CompactParseException {
        Compact compact = assertTimeoutPreemptively(QUICKLY,
                () -> parser.parse(Path.of("..", "corpus", "pdf", "local-compacts-user-guide.pdf")));
        assertEquals(DocumentType.OTHER, compact.documentType());
        assertTrue(compact.undertakings().size() <= 3, "a guide has no undertakings of its own");
    }

    @Test
    void threeHundredPagePdfIsFastWithBoundedMemory() throws CompactParseException {
        byte[] big = TestDocuments.textPdf(300);
        Runtime runtime = Runtime.getRuntime();
        long start = System.nanoTime();
        SourceDocument document = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new PdfReader().read(big, "big.pdf", "application/pdf"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(300, document.pages());
        assertTrue(millis < 60_000, "took " + millis + " ms");
        assertTrue(document.lines().stream().noneMatch(l -> l.text().contains("Page ") && l.text().contains(" of 300")),
                "footers removed");
        assertTrue(document.lines().stream().noneMatch(l -> l.text().equals("The Generated Compact")), "headers removed");
        assertTrue(document.pageFurniture().contains("The Generated Compact"));
        assertEquals(300, document.lines().stream().filter(l -> l.hint() == LineHint.HEADING).count());
        long used = runtime.totalMemory() - runtime.freeMemory();
        assertTrue(used < 1_500_000_000L, "heap in use " + used);
    }

    /** A zip holding a spreadsheet part: detected as XLSX, which no reader takes. */
    private static byte[] spreadsheetLikeZip() {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
                zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>")
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new java.util.zip.ZipEntry("_rels/.rels"));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
                zip.write("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
