package io.github.compactkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small promises of the command line: exit codes, refusals, messages, CSV columns and file modes. */
class CommandLineContractTest {
    private static final Path COMPACTS = Path.of("..", "corpus", "compacts");
    private static final String BROMLEY = COMPACTS.resolve("bromley.txt").toString();
    private static final String WESTMINSTER = COMPACTS.resolve("westminster.txt").toString();

    @TempDir
    Path dir;

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("Usage: compactkit"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aMissingPathIsAUsageErrorForEveryCommand() {
        String missing = dir.resolve("missing.txt").toString();
        assertEquals(ExitCode.USAGE, CliRun.of("parse", missing).exitCode());
        assertEquals(ExitCode.USAGE, CliRun.of("compare", missing, BROMLEY).exitCode());
        assertEquals(ExitCode.USAGE, CliRun.of("batch", missing, "--out", dir.resolve("o").toString()).exitCode());
        assertEquals(ExitCode.USAGE, CliRun.of("matrix", missing, "--out", dir.resolve("m").toString()).exitCode());
        assertTrue(CliRun.of("parse", missing).err().contains("no such file: " + missing));
    }

    @Test
    void compareRefusesAnOutputItCannotWrite() {
        Path xlsx = dir.resolve("r.xlsx");
        CliRun run = CliRun.of("compare", BROMLEY, WESTMINSTER, "--out", xlsx.toString());
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("r.xlsx"), run.err());
        assertFalse(Files.exists(xlsx));
    }

    @Test
    void compareCsvHasAByteOrderMarkAndThemesSeparatedLikeTheBatchCsvs() throws Exception {
        Path csv = dir.resolve("r.csv");
        assertEquals(ExitCode.OK, CliRun.of("compare", BROMLEY, WESTMINSTER, "--out", csv.toString()).exitCode());
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        List<List<String>> rows = CsvReading.read(csv);
        int themes = rows.get(0).indexOf("a_themes");
        assertTrue(rows.stream().skip(1).map(r -> r.get(themes)).anyMatch(t -> t.contains("; ")), "themes joined by '; '");
        assertTrue(rows.stream().skip(1).map(r -> r.get(themes)).noneMatch(t -> t.matches(".*[a-z] [a-z].*")));
    }

    @Test
    void aJsonOfAnotherKindIsNamedNotCalledDamaged() throws Exception {
        Path comparison = dir.resolve("c.json");
        assertEquals(ExitCode.OK, CliRun.of("compare", BROMLEY, WESTMINSTER, "--out", comparison.toString()).exitCode());
        CliRun run = CliRun.of("compare", comparison.toString(), BROMLEY);
        assertEquals(ExitCode.NOTHING_USABLE, run.exitCode());
        assertTrue(run.err().contains("a comparison written by 'compare --format json', not a compact"), run.err());
        assertFalse(run.err().contains("damaged"), run.err());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": \"1\", ");
        assertTrue(CliRun.of("compare", broken.toString(), BROMLEY).err().contains("not valid JSON"));
    }

    @Test
    void comparingWithADocumentThatIsNotACompactWarns() {
        CliRun run = CliRun.of("compare", COMPACTS.resolve("northshire-grants-report.txt").toString(), BROMLEY, "--format", "json");
        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.err().contains("warning: northshire-grants-report.txt: not a compact"), run.err());
        assertFalse(CliRun.of("compare", WESTMINSTER, BROMLEY, "--format", "json").err().contains("warning"));
    }

    @Test
    void textOutputNeverPrintsNull() {
        CliRun run = CliRun.of("parse", COMPACTS.resolve("local-compacts-user-guide.txt").toString(), "--format", "text");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertFalse(run.out().contains("null"), run.out());
        assertTrue(run.out().contains("area: (not found)"));
    }

    @Test
    void batchWritesEveryFileWithTheSameModeAndTheCsvColumnsTheReadmePromises() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(COMPACTS.resolve("westminster.txt"), in.resolve("westminster.txt"));
        Path out = dir.resolve("out");
        assertEquals(ExitCode.OK, CliRun.of("batch", in.toString(), "--out", out.toString(), "--quiet").exitCode());
        if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
            Set<PosixFilePermission> csvMode = Files.getPosixFilePermissions(out.resolve("undertakings.csv"));
            assertEquals(csvMode, Files.getPosixFilePermissions(out.resolve("westminster.txt.json")));
            assertTrue(csvMode.contains(PosixFilePermission.OTHERS_READ) || csvMode.equals(
                    Files.getPosixFilePermissions(out.resolve("all.jsonl"))));
        }
        List<List<String>> quantities = CsvReading.read(out.resolve("quantities.csv"));
        assertEquals(List.of("file", "area", "party", "section", "page", "line", "value", "unit", "topic", "phrase", "undertaking"),
                quantities.get(0));
        assertTrue(Integer.parseInt(quantities.get(1).get(5)) > 0, "the line of the undertaking: " + quantities.get(1));
        List<List<String>> actions = CsvReading.read(out.resolve("action-points.csv"));
        int edtf = actions.get(0).indexOf("target_date");
        int text = actions.get(0).indexOf("target_date_text");
        assertEquals(edtf + 1, text);
        List<String> june = actions.stream().filter(r -> "2006-06".equals(r.get(edtf))).findFirst().orElseThrow();
        assertEquals("June 2006", june.get(text));
        assertTrue(new String(Files.readAllBytes(out.resolve("action-points.csv")), StandardCharsets.UTF_8).startsWith("\uFEFF"));
    }
}
