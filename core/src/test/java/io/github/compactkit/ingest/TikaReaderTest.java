package io.github.compactkit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.CompactParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Structure-keeping reading of word-processor and web formats through Tika. */
class TikaReaderTest {
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static List<String> docxs() {
        return Renderings.names("docx");
    }

    private static SourceDocument read(byte[] bytes, String name) throws CompactParseException {
        String type = FormatDetector.detect(bytes, name);
        return new TikaReader().read(bytes, name, type);
    }

    private static SourceLine line(SourceDocument document, String text) {
        return document.lines().stream().filter(l -> l.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line: " + text + " in " + document.lines()));
    }

    @ParameterizedTest
    @MethodSource("docxs")
    void docxRenderingsKeepOrderAndDropHeaderAndFooter(String name) throws CompactParseException {
        byte[] bytes = Renderings.bytes(name, "docx");
        assertEquals(DOCX, FormatDetector.detect(bytes, name + ".bin"));
        SourceDocument document = read(bytes, name + ".docx");
        assertFalse(document.pageFurniture().isEmpty());
        for (SourceLine l : document.lines()) {
            assertFalse(l.text().matches("(?i).*\\bpage \\d+ of \\d+.*"), "footer in line " + l);
        }
        List<Integer> positions = Renderings.positionsInSource(document.lines(), Renderings.sourceText(name));
        long found = positions.stream().filter(p -> p >= 0).count();
        assertTrue(found >= positions.size() * 0.9, name + ": " + found + " of " + positions.size());
    }

    @Test
    void docxKeepsHeadingsListsAndTables() throws CompactParseException {
        SourceDocument document = read(Renderings.bytes("westminster", "docx"), "westminster.docx");
        assertEquals(LineHint.HEADING, line(document, "2.3.2 The Statutory Sector Undertakes to:").hint());
        assertEquals(3, line(document, "2.3.2 The Statutory Sector Undertakes to:").level());
        assertEquals(0, line(document, "The long-term support and development of the VCS.").level());
        assertEquals(LineHint.LIST_ITEM, line(document, "financial issues;").hint());
        assertEquals(1, line(document, "financial issues;").level());
        assertEquals(LineHint.TABLE_ROW, line(document, "Action\tLead Responsibility\tTarget Completion Date").hint());
        assertEquals(LineHint.TABLE_ROW, line(document, "Review current arrangements for support of CVS.\tWCC/PCT\tJune 2006").hint());
        assertTrue(document.pageFurniture().contains("The Westminster Compact"));
    }

    @Test
    void htmlKeepsStructure() throws CompactParseException {
        String html = """
                <!DOCTYPE html><html><head><title>Compact</title><style>p {}</style></head><body>
                <h1>The Riverside Compact</h1>
                <h2>3.2 The Statutory Sector Undertakes to:</h2>
                <ul><li>Consult for 12 weeks.<ul><li>in writing;</li><li>on the web.</li></ul></li>
                <li>Pay on time.</li></ul>
                <p>Address line one<br>Address line two</p>
                <table><tr><th>Action</th><th>Lead</th><th>By when</th></tr>
                <tr><td><p>Publish the code</p></td><td>Council</td><td>March 2011</td></tr></table>
                </body></html>""";
        SourceDocument document = read(html.getBytes(StandardCharsets.UTF_8), "riverside.html");
        assertEquals("text/html", document.mediaType());
        assertEquals(1, line(document, "The Riverside Compact").level());
        assertEquals(LineHint.HEADING, line(document, "3.2 The Statutory Sector Undertakes to:").hint());
        assertEquals(2, line(document, "3.2 The Statutory Sector Undertakes to:").level());
        assertEquals(0, line(document, "Consult for 12 weeks.").level());
        assertEquals(1, line(document, "in writing;").level());
        assertEquals(LineHint.LIST_ITEM, line(document, "Pay on time.").hint());
        assertEquals(0, line(document, "Pay on time.").level());
        assertEquals(LineHint.NONE, line(document, "Address line two").hint());
        assertEquals(LineHint.TABLE_ROW, line(document, "Action\tLead\tBy when").hint());
        assertEquals(LineHint.TABLE_ROW, line(document, "Publish the code\tCouncil\tMarch 2011").hint());
        assertTrue(document.lines().stream().noneMatch(l -> l.text().contains("p {}")), "no style text");
    }

    @Test
    void aBoxOfOneCellIsTextAndListsInCellsKeepTheirItems() throws CompactParseException {
        String html = """
                <!DOCTYPE html><html><body>
                <h2>2. Our principles</h2>
                <table border="1"><tr><td><p><b>Independence.</b> Groups may campaign whatever their funding.</p>
                <p><b>Mutual respect.</b> Each sector values what the other brings.</p><ul><li>Openness</li></ul></td></tr></table>
                <table><tr><th>Aim</th><th>The council will</th></tr>
                <tr><td>Fair funding</td><td><ul><li>publish its criteria</li><li>give three months' notice</li></ul></td></tr></table>
                </body></html>""";
        SourceDocument document = read(html.getBytes(StandardCharsets.UTF_8), "box.html");
        assertEquals(LineHint.NONE, line(document, "Independence. Groups may campaign whatever their funding.").hint());
        assertEquals(LineHint.NONE, line(document, "Mutual respect. Each sector values what the other brings.").hint());
        assertEquals(LineHint.LIST_ITEM, line(document, "Openness").hint());
        assertEquals(LineHint.TABLE_ROW, line(document, "Fair funding\t\u2022 publish its criteria \u2022 give three months' notice").hint());
    }

    @Test
    void rtfIsRead() throws CompactParseException {
        String rtf = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs22 "
                + "{\\b 4.1 Commitments by All Partners}\\par "
                + "The partners will meet twice a year.\\par }";
        SourceDocument document = read(rtf.getBytes(StandardCharsets.US_ASCII), "compact.rtf");
        assertEquals("application/rtf", document.mediaType());
        assertTrue(document.lines().stream().anyMatch(l -> l.text().equals("4.1 Commitments by All Partners")));
        assertTrue(document.lines().stream().anyMatch(l -> l.text().equals("The partners will meet twice a year.")));
    }

    @Test
    void legacyWordKeepsListLevels() throws CompactParseException, IOException {
        byte[] bytes = java.nio.file.Files.readAllBytes(Renderings.CORPUS.resolve("formats").resolve("bromley.doc"));
        assertEquals("application/msword", FormatDetector.detect(bytes, "bromley"));
        SourceDocument document = read(bytes, "bromley.doc");
        assertEquals(LineHint.HEADING, line(document, "3.9 The Statutory Sector Commits to:").hint());
        assertEquals(0, line(document, "Encourage fair access to funding by:").level());
        SourceLine nested = document.lines().stream().filter(l -> l.text().startsWith("Clarity of funding aims")).findFirst().orElseThrow();
        assertEquals(LineHint.LIST_ITEM, nested.hint());
        assertEquals(1, nested.level());
    }

    @Test
    void rtfListsKeepTheirFirstItem() throws CompactParseException, IOException {
        byte[] bytes = java.nio.file.Files.readAllBytes(Renderings.CORPUS.resolve("formats").resolve("bromley.rtf"));
        SourceDocument document = read(bytes, "bromley.rtf");
        assertEquals(LineHint.NONE, line(document, "3.9 The Statutory Sector Commits to:").hint());
        assertEquals(LineHint.LIST_ITEM,
                line(document, "Recognise that the VCOs will require support to participate in the commissioning process;").hint());
        assertEquals(LineHint.LIST_ITEM, line(document, "Negotiate service agreements").hint());
    }

    @Test
    void odtKeepsHeadingsListsAndTables() throws CompactParseException, IOException {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3">
                <office:body><office:text>
                <text:h text:outline-level="2">4.3 Commitments by the Voluntary Sector</text:h>
                <text:list><text:list-item><text:p>Involve service users.</text:p>
                 <text:list><text:list-item><text:p>in planning;</text:p></text:list-item></text:list></text:list-item></text:list>
                <table:table><table:table-row><table:table-cell><text:p>Action</text:p></table:table-cell>
                 <table:table-cell><text:p>Lead</text:p></table:table-cell></table:table-row>
                 <table:table-row><table:table-cell><text:p>Review the compact</text:p></table:table-cell>
                 <table:table-cell><text:p>CVS</text:p></table:table-cell></table:table-row></table:table>
                </office:text></office:body></office:document-content>""".strip();
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
                 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>""".strip();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry stored = new ZipEntry("mimetype");
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            stored.setCrc(crc.getValue());
            zip.putNextEntry(stored);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        SourceDocument document = read(bytes.toByteArray(), "compact.odt");
        assertEquals("application/vnd.oasis.opendocument.text", document.mediaType());
        assertEquals(LineHint.HEADING, line(document, "4.3 Commitments by the Voluntary Sector").hint());
        assertEquals(0, line(document, "Involve service users.").level());
        assertEquals(1, line(document, "in planning;").level());
        assertEquals(LineHint.TABLE_ROW, line(document, "Review the compact\tCVS").hint());
    }
}
