package io.github.compactkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {

    @Test
    void quotesOnlyWhatNeedsQuoting() {
        assertEquals("plain text", CsvWriter.quote("plain text"));
        assertEquals("\"a,b\"", CsvWriter.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvWriter.quote("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvWriter.quote("two\nlines"));
        assertEquals("\"cr\rhere\"", CsvWriter.quote("cr\rhere"));
        assertEquals("\" padded \"", CsvWriter.quote(" padded "));
        assertEquals("", CsvWriter.quote(""));
        assertEquals("naïve – café", CsvWriter.quote("naïve – café"));
    }

    @Test
    void writesBomHeaderAndCrlfRowsInUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.csv");
        try (CsvWriter w = new CsvWriter(file, List.of("file", "text"))) {
            w.row(Arrays.asList("a.txt", "Consult, then \"decide\" – £5"));
            w.row(Arrays.asList("b.txt", null));
        }
        byte[] bytes = Files.readAllBytes(file);
        assertEquals((byte) 0xEF, bytes[0]);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals("\uFEFFfile,text\r\na.txt,\"Consult, then \"\"decide\"\" – £5\"\r\nb.txt,\r\n", text);
    }

    @Test
    void itemTablesWriteOneRowPerItemWithProvenance(@TempDir Path dir) throws Exception {
        try (ItemTables tables = new ItemTables(dir)) {
            tables.add("sub/x.txt", TestModels.awkward("x.txt", "Testshire"));
        }
        List<List<String>> undertakings = CsvReading.read(dir.resolve("undertakings.csv"));
        assertEquals(ItemTables.UNDERTAKING_HEADER, undertakings.get(0));
        assertEquals(2, undertakings.size());
        List<String> row = undertakings.get(1);
        assertEquals("sub/x.txt", row.get(0));
        assertEquals("Testshire", row.get(1));
        assertEquals("STATUTORY", row.get(2));
        assertEquals("2.3", row.get(3));
        assertEquals("3", row.get(4));
        assertEquals("Consult for 12 weeks, \"where possible\",\nand <script>alert(1)</script> & report", row.get(6));
        assertEquals("12 weeks (consultation)", row.get(8));

        List<List<String>> principles = CsvReading.read(dir.resolve("principles.csv"));
        assertEquals("  Be open, honest; fair  ", principles.get(1).get(6));
        assertEquals("", principles.get(1).get(3), "text files have no page");
        List<List<String>> actions = CsvReading.read(dir.resolve("action-points.csv"));
        assertEquals(List.of("sub/x.txt", "Testshire", "4.1", "", "40", "Publish a code, then review", "WCC/PCT",
                "WCC; PCT", "June 2006", "2006-06", "June 2006"), actions.get(1));
        List<List<String>> quantities = CsvReading.read(dir.resolve("quantities.csv"));
        assertEquals(List.of("12", "WEEK", "consultation", "12 weeks"), quantities.get(1).subList(6, 10));
        assertTrue(Files.readString(dir.resolve("quantities.csv")).endsWith("\r\n"));
    }
}
