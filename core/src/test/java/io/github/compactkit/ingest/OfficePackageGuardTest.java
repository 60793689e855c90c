package io.github.compactkit.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.ParseFailure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The streaming check of office packages: depth refused without recursion, list levels clamped. */
class OfficePackageGuardTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @Test
    void listLevelsAreClampedToWordsRange() {
        assertEquals("8", OfficePackageGuard.clamp("2147483647"));
        assertEquals("8", OfficePackageGuard.clamp("99999999999999999999"));
        assertEquals("0", OfficePackageGuard.clamp("-3"));
        assertEquals("0", OfficePackageGuard.clamp("two"));
        assertEquals("5", OfficePackageGuard.clamp("5"));
    }

    @Test
    void aPartNestedDeeperThanTheLimitIsTooComplexWithoutOverflowingTheStack() throws IOException {
        // Deep enough that a recursive walk on a small stack would overflow.
        String deep = "<w:sdt><w:sdtContent>".repeat(200_000) + "</w:sdtContent></w:sdt>".repeat(200_000);
        byte[] docx = zip("word/document.xml", "<w:document xmlns:w=\"" + W + "\"><w:body>" + deep + "</w:body></w:document>");
        CompactParseException e = assertThrows(CompactParseException.class, () -> OfficePackageGuard.check(docx, "deep.docx"));
        assertEquals(ParseFailure.TOO_COMPLEX, e.reason());
        assertTrue(e.getMessage().contains("word/document.xml"), e.getMessage());
    }

    @Test
    void aPackageWithinTheLimitsIsReadAsItIs() throws IOException, CompactParseException {
        byte[] docx = Files.readAllBytes(Path.of("..", "corpus", "docx", "westvale.docx"));
        assertSame(docx, OfficePackageGuard.check(docx, "westvale.docx"));
    }

    @Test
    void onlyTheOutOfRangeLevelsChange() throws IOException, CompactParseException {
        String xml = "<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:pPr><w:numPr><w:ilvl w:val=\"2147483647\"/>"
                + "<w:numId w:val=\"1\"/></w:numPr></w:pPr></w:p><w:p><w:pPr><w:numPr><w:ilvl w:val=\"3\"/></w:numPr></w:pPr>"
                + "</w:p></w:body></w:document>";
        byte[] docx = zip("word/document.xml", xml);
        byte[] clamped = OfficePackageGuard.check(docx, "levels.docx");
        assertNotSame(docx, clamped);
        String out = entry(clamped, "word/document.xml");
        assertTrue(out.contains("w:val=\"8\""), out);
        assertTrue(out.contains("w:val=\"3\""), out);
        assertTrue(!out.contains("2147483647"), out);
        // Other entries are copied byte for byte.
        assertArrayEquals("keep".getBytes(StandardCharsets.UTF_8), entry(clamped, "other.bin").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void notAZipIsLeftToTheReader() throws CompactParseException {
        byte[] junk = "PK not really a zip".getBytes(StandardCharsets.UTF_8);
        assertSame(junk, OfficePackageGuard.check(junk, "junk.docx"));
    }

    private static byte[] zip(String name, String xml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(xml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("other.bin"));
            zip.write("keep".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no entry " + name);
    }
}
