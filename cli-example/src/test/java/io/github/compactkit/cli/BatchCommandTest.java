package io.github.compactkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compactkit.CompactParseException;
import io.github.compactkit.Compacts;
import io.github.compactkit.ParseFailure;
import io.github.compactkit.io.CompactJson;
import io.github.compactkit.model.Compact;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
    private static final Path CORPUS = Path.of("..", "corpus", "compacts");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path good(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.copy(CORPUS.resolve("westminster.txt"), dir.resolve("westminster.txt"));
        Files.copy(CORPUS.resolve("bromley.txt"), dir.resolve("bromley.txt"));
        Files.copy(CORPUS.resolve("havering.txt"), dir.resolve("sub").resolve("havering.txt"));
        Files.writeString(dir.resolve("notes.xyz"), "not a supported extension: ignored");
        return dir;
    }

    private Path bad(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("corrupt.pdf"), "%PDF-1.4 garbage", StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("image-only.pdf"), emptyPagePdf());
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Files.write(dir.resolve("random.txt"), noise);
        return dir;
    }

    private static boolean tesseractOnPath() {
        try {
            Process p = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void docFilesAreReadAndEveryFileLeftOutIsReportedWithItsReason() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(CORPUS.resolve("../formats/bromley.doc"), in.resolve("bromley.doc"));
        Files.writeString(in.resolve("notes.xyz"), "a format the parser does not read");
        Files.writeString(in.resolve(".hidden.txt"), "The Council will consult.");
        Files.writeString(in.resolve("README"), "no extension");
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("batch", in.toString(), "--out", out.toString(), "--threads", "1");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Compact bromley = CompactJson.read(Files.readString(out.resolve("bromley.doc.json")));
        assertFalse(bromley.undertakings().isEmpty(), "the .doc is parsed like its text");
        Map<String, String> notRead = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve(NotReadLog.FILE))) {
            JsonNode n = JSON.readTree(line);
            notRead.put(n.get("file").asText(), n.get("reason").asText());
        }
        assertEquals(Set.of("notes.xyz", ".hidden.txt", "README"), notRead.keySet(), notRead.toString());
        assertTrue(notRead.get("notes.xyz").startsWith("not a supported format .xyz (supported: doc, docx, htm"), notRead.toString());
        assertEquals("hidden file", notRead.get(".hidden.txt"));
        assertTrue(notRead.get("README").startsWith("no file extension"), notRead.toString());
        assertTrue(run.err().contains("not read notes.xyz: not a supported format .xyz"), run.err());
        assertTrue(run.out().contains(NotReadLog.FILE + " (3 files skipped, not read, with the reason)"), run.out());
    }

    @Test
    void mixedFolderWritesEveryGoodResultListsEveryFailureAndExits2() throws Exception {
        Path in = bad(good(tmp.resolve("in")));
        // Real renderings of the seeds: a PDF and a DOCX parse like the text.
        Files.copy(CORPUS.resolve("../pdf/westminster.pdf"), in.resolve("sub").resolve("westminster.pdf"));
        Files.copy(CORPUS.resolve("../docx/bromley.docx"), in.resolve("bromley.docx"));
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("batch", in.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(ExitCode.SOME_FAILED, run.exitCode(), run.err());

        for (String name : List.of("westminster.txt", "bromley.txt", "sub/havering.txt", "sub/westminster.pdf",
                "bromley.docx")) {
            Path json = out.resolve(name + ".json");
            assertTrue(Files.isRegularFile(json), name);
            Compact c = CompactJson.read(Files.readString(json));
            assertEquals(Path.of(name).getFileName().toString(), c.source().file());
        }
        List<String> all = Files.readAllLines(out.resolve("all.jsonl"));
        assertEquals(5, all.size());
        for (String line : all) {
            assertEquals("1", JSON.readTree(line).get("schemaVersion").asText());
        }

        Map<String, String> reasons = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve("errors.jsonl"))) {
            JsonNode e = JSON.readTree(line);
            reasons.put(e.get("file").asText(), e.get("reason").asText());
            ParseFailure.valueOf(e.get("reason").asText());
            assertFalse(e.get("message").asText().isBlank());
        }
        assertEquals(Set.of("empty.txt", "corrupt.pdf", "image-only.pdf", "random.txt"), reasons.keySet());
        assertEquals("EMPTY", reasons.get("empty.txt"));
        assertEquals("NOT_TEXT", reasons.get("random.txt"));
        assertEquals("CORRUPT", reasons.get("corrupt.pdf"));
        // OCR finds no words on the blank page; where tesseract is missing, the failure says how to install it.
        assertEquals(tesseractOnPath() ? "NO_TEXT_LAYER" : "OCR_UNAVAILABLE", reasons.get("image-only.pdf"));
        List<List<String>> rows = CsvReading.read(out.resolve("undertakings.csv"));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("sub/westminster.pdf") && !r.get(4).isEmpty()),
                "rows from a PDF carry their page");
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("bromley.docx")));
        for (String csv : List.of("undertakings.csv", "principles.csv", "action-points.csv", "quantities.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(csv)), csv);
        }
        assertTrue(run.out().contains("5 parsed"), run.out());
        assertTrue(run.out().contains("4 failed"), run.out());
        assertTrue(run.err().contains("FAILED  corrupt.pdf"), "plain progress lines without a terminal: " + run.err());
    }

    @Test
    void allBadExits3() throws Exception {
        Path in = bad(tmp.resolve("in"));
        CliRun run = CliRun.of("batch", in.toString(), "--out", tmp.resolve("out").toString(), "-q");
        assertEquals(ExitCode.NOTHING_USABLE, run.exitCode());
        assertEquals(4, Files.readAllLines(tmp.resolve("out").resolve("errors.jsonl")).size());
        assertEquals(0, Files.readAllLines(tmp.resolve("out").resolve("all.jsonl")).size());
    }

    @Test
    void folderWithoutDocumentsExits3() throws Exception {
        Files.createDirectories(tmp.resolve("in"));
        CliRun run = CliRun.of("batch", tmp.resolve("in").toString(), "--out", tmp.resolve("out").toString());
        assertEquals(ExitCode.NOTHING_USABLE, run.exitCode());
        assertTrue(run.err().contains("no supported documents"), run.err());
    }

    @Test
    void usageErrorsExit1WithOneLineAndNoStackTrace() throws Exception {
        Path in = good(tmp.resolve("in"));
        List<String[]> wrong = List.of(
                new String[] {"batch", in.toString()},
                new String[] {"batch", tmp.resolve("missing").toString(), "--out", tmp.toString()},
                new String[] {"batch", in.toString(), "--out", tmp.resolve("o").toString(), "--threads", "0"},
                new String[] {"batch", in.toString(), "--out", tmp.resolve("o").toString(), "--timeout", "soon"},
                new String[] {"batch", in.toString(), "--out", tmp.resolve("o").toString(), "--bogus"},
                new String[] {"no-such-command"});
        for (String[] args : wrong) {
            CliRun run = CliRun.of(args);
            assertEquals(ExitCode.USAGE, run.exitCode(), String.join(" ", args));
            assertTrue(run.err().startsWith("error: "), run.err());
            assertFalse(run.err().contains("\tat "), run.err());
        }
    }

    @Test
    void rerunSkipsDocumentsWhoseContentIsUnchangedAndForceParsesAgain() throws Exception {
        Path in = good(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.of("batch", in.toString(), "--out", out.toString(), "-q").exitCode());
        Path json = out.resolve("westminster.txt.json");
        FileTime old = FileTime.from(Instant.now().minusSeconds(60));
        Files.setLastModifiedTime(json, old);
        // A newer modification time alone (a copy, a restore) is not a change: the content decides.
        Files.setLastModifiedTime(in.resolve("westminster.txt"), FileTime.from(Instant.now().plusSeconds(120)));

        CliRun second = CliRun.of("batch", in.toString(), "--out", out.toString(), "-q");
        assertEquals(0, second.exitCode());
        assertTrue(second.out().contains("0 parsed, 3 up to date"), second.out());
        assertEquals(old, Files.getLastModifiedTime(json), "skipped documents are not rewritten");
        assertEquals(3, Files.readAllLines(out.resolve("all.jsonl")).size(), "skipped documents still count in all.jsonl");

        // A document whose content changed is parsed again, even with an older modification time.
        Path bromley = in.resolve("bromley.txt");
        Files.writeString(bromley, Files.readString(bromley) + "\nThe Council will publish an annual report.\n");
        Files.setLastModifiedTime(bromley, FileTime.from(Instant.now().minusSeconds(3600)));
        CliRun third = CliRun.of("batch", in.toString(), "--out", out.toString(), "-q");
        assertTrue(third.out().contains("1 parsed, 2 up to date"), third.out());

        CliRun forced = CliRun.of("batch", in.toString(), "--out", out.toString(), "-q", "--force");
        assertTrue(forced.out().contains("3 parsed, 0 up to date"), forced.out());
        assertNotEquals(old, Files.getLastModifiedTime(json));
    }

    @Test
    void hungParseIsAbandonedAsTimeoutAndTheRestFinish() throws Exception {
        Path in = good(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        java.util.concurrent.CountDownLatch testOver = new java.util.concurrent.CountDownLatch(1);
        TimedParser.ParseFunction hangsOnBromley = file -> {
            if (file.getFileName().toString().equals("bromley.txt")) {
                while (testOver.getCount() > 0) {
                    try {
                        testOver.await();
                    } catch (InterruptedException ignored) {
                        // ignores interrupts, like a parser stuck in a loop
                    }
                }
            }
            return Compacts.parse(file);
        };
        StringWriter log = new StringWriter();
        // Long enough for a first parse that loads the OpenNLP models on a busy machine, far shorter than the hang.
        BatchOptions options = new BatchOptions(in, out, 2, false, Duration.ofSeconds(8));
        long t0 = System.nanoTime();
        BatchSummary s;
        try {
            s = new BatchRunner(options, new LineProgress(new PrintWriter(log)), hangsOnBromley).run();
        } finally {
            testOver.countDown();
        }
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(30).toNanos());
        assertEquals(2, s.parsed());
        assertEquals(1, s.failed());
        assertEquals(ExitCode.SOME_FAILED, s.exitCode());
        JsonNode error = JSON.readTree(Files.readAllLines(out.resolve("errors.jsonl")).get(0));
        assertEquals("bromley.txt", error.get("file").asText());
        assertEquals("TIMEOUT", error.get("reason").asText());
    }

    @Test
    void outputFolderInsideInputIsNotReadAsInput() throws Exception {
        Path in = good(tmp.resolve("in"));
        Path out = in.resolve("results");
        Files.createDirectories(out);
        Files.writeString(out.resolve("report.html"), "<html><body>old report</body></html>");
        CliRun run = CliRun.of("batch", in.toString(), "--out", out.toString(), "-q");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("3 documents"), run.out());
    }

    @Test
    void parseFailureIsOneLineAndExit3() throws Exception {
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        CliRun run = CliRun.of("parse", empty.toString());
        assertEquals(ExitCode.NOTHING_USABLE, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: empty.txt: the file is empty"), run.err());
        assertEquals(ExitCode.USAGE, CliRun.of("parse").exitCode());
    }

    @Test
    void ocrOptionTurnsOcrOffOrIsRejected() {
        String scan = CORPUS.resolve("../scan/southmere-scan.pdf").toString();
        CliRun off = CliRun.of("parse", scan, "--ocr", "never");
        assertEquals(ExitCode.NOTHING_USABLE, off.exitCode(), off.err());
        assertTrue(off.err().startsWith("error: southmere-scan.pdf: the PDF has no text layer"), off.err());
        assertTrue(off.err().contains("OCR turned off"), off.err());
        CliRun bad = CliRun.of("parse", scan, "--ocr", "sometimes");
        assertEquals(ExitCode.USAGE, bad.exitCode());
        assertTrue(bad.err().contains("auto, always, never"), bad.err());
    }

    @Test
    void helpListsTheExitCodes() {
        for (String command : List.of("batch", "parse", "demo", "compare", "matrix", "evaluate")) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.exitCode());
            assertTrue(run.out().contains("Exit codes:"), run.out());
            assertTrue(run.out().contains("some inputs failed"), run.out());
        }
    }

    @Test
    void rowsFollowInputOrderWhateverTheThreads() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < 12; i++) {
            String name = String.format("doc%02d.txt", i);
            names.add(name);
            Files.writeString(in.resolve(name), "The Compact " + i + "\n\n1. Introduction\n\nText " + i + "\n");
        }
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.of("batch", in.toString(), "--out", out.toString(), "-t", "3", "-q").exitCode());
        List<String> files = Files.readAllLines(out.resolve("all.jsonl")).stream()
                .map(l -> {
                    try {
                        return JSON.readTree(l).get("source").get("file").asText();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
        assertEquals(List.copyOf(names), files);
    }

    /** A well-formed one-page PDF with no text on it: what a scan without OCR looks like to a reader. */
    static byte[] emptyPagePdf() {
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
            "<< /Length 0 >>\nstream\n\nendstream"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(pdf.toString().getBytes(StandardCharsets.ISO_8859_1));
        return bytes.toByteArray();
    }

    @Test
    void timedParserTypesInternalErrors() {
        try (TimedParser p = new TimedParser(Duration.ofSeconds(5), f -> {
            throw new IllegalStateException("boom");
        })) {
            CompactParseException e = org.junit.jupiter.api.Assertions.assertThrows(CompactParseException.class,
                    () -> p.parse(tmp, "x.txt"));
            assertEquals(ParseFailure.CORRUPT, e.reason());
        }
    }
}
