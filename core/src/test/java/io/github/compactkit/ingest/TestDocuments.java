package io.github.compactkit.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Builds small documents for tests: PDFs with text, images or a password, and a DOCX zip bomb. */
final class TestDocuments {
    private static final PDType1Font BODY = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private TestDocuments() {
    }

    /**
     * A compact-like PDF of {@code pages} pages: a running header, a footer "Page n of N", a bold
     * numbered heading and body lines on each page.
     */
    static byte[] textPdf(int pages) {
        try (PDDocument document = new PDDocument()) {
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    text(out, BODY, 8, 60, 810, "The Generated Compact");
                    text(out, BOLD, 14, 60, 770, (2 * p + 1) + ". Section on page content");
                    for (int line = 0; line < 40; line++) {
                        text(out, BODY, 10, 60, 745 - line * 16,
                                "Line " + line + " of page " + p + " says the partners will work together openly.");
                    }
                    text(out, BODY, 8, 270, 30, "Page " + p + " of " + pages);
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF that needs the user password "secret" to open. */
    static byte[] passwordPdf() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                text(out, BODY, 12, 60, 760, "The statutory sector undertakes to consult for 12 weeks.");
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A two-page PDF of drawn images only, like a scan without OCR. */
    static byte[] imageOnlyPdf() {
        try (PDDocument document = new PDDocument()) {
            BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 200; x++) {
                for (int y = 0; y < 100; y++) {
                    image.setRGB(x, y, (x / 10 + y / 10) % 2 == 0 ? 0xFFFFFF : 0x202020);
                }
            }
            for (int p = 0; p < 2; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    out.drawImage(xobject, 50, 500, 400, 200);
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A DOCX whose document part inflates from a few hundred kilobytes to {@code megabytes} MB of
     * XML: the shape of a zip bomb.
     */
    static byte[] docxZipBomb(int megabytes) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.setLevel(9);
                entry(zip, "[Content_Types].xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                        <Default Extension="xml" ContentType="application/xml"/>
                        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                        </Types>""");
                entry(zip, "_rels/.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                        </Relationships>""");
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                        .getBytes(StandardCharsets.UTF_8));
                byte[] paragraph = "<w:p><w:r><w:t>The partners will work together.</w:t></w:r></w:p>"
                        .repeat(1000).getBytes(StandardCharsets.UTF_8);
                long total = (long) megabytes * 1024 * 1024;
                for (long written = 0; written < total; written += paragraph.length) {
                    zip.write(paragraph);
                }
                zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The DOCX encrypted with the password "secret" (an OLE2 file holding the encrypted package). */
    static byte[] passwordDocx(byte[] docx) {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            org.apache.poi.poifs.crypt.EncryptionInfo info =
                    new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
            org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (org.apache.poi.openxml4j.opc.OPCPackage opc =
                         org.apache.poi.openxml4j.opc.OPCPackage.open(new java.io.ByteArrayInputStream(docx));
                 java.io.OutputStream out = encryptor.getDataStream(fs)) {
                opc.save(out);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.strip().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void text(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
