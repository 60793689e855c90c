package io.github.compactkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.ParseFailure;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void barRedrawsInPlaceAndKeepsFailuresOnScreen() {
        StringWriter s = new StringWriter();
        Progress bar = new BarProgress(new PrintWriter(s));
        bar.start(2);
        bar.done(DocumentOutcome.failed("bad.pdf", ParseFailure.CORRUPT, "bad.pdf: damaged", 1));
        bar.done(DocumentOutcome.skipped("a-very-long-folder-name/with/a-very-long-file-name-indeed.txt", null));
        bar.finish();
        String out = s.toString();
        assertTrue(out.contains("\r\033[K[###############...............] 1/2  1 failed  bad.pdf"), out);
        assertTrue(out.contains("failed: bad.pdf: CORRUPT\n"), "a failure gets its own line");
        assertTrue(out.contains("[##############################] 2/2"), out);
        assertTrue(out.contains("…"), "long names are cut from the left");
        assertTrue(out.endsWith("\r\033[K"), "the bar is cleared at the end");
    }

    @Test
    void plainLinesHaveNoControlCharacters() {
        StringWriter s = new StringWriter();
        Progress lines = new LineProgress(new PrintWriter(s));
        lines.start(1);
        lines.done(DocumentOutcome.failed("x.txt", ParseFailure.EMPTY, "x.txt: the file is empty", 0));
        lines.finish();
        assertEquals("compactkit: 1 document to read\n[1/1] FAILED  x.txt: EMPTY\n", s.toString().replace("\r\n", "\n"));
        assertFalse(s.toString().contains("\033"));
    }

    @Test
    void longScansReportEachPageShortOnesStayQuiet() {
        StringWriter s = new StringWriter();
        Progress lines = new LineProgress(new PrintWriter(s));
        lines.start(1);
        lines.ocrPage("short.pdf", 1, 3);
        lines.ocrPage("long.pdf", 1, 20);
        lines.ocrPage("long.pdf", 2, 20);
        lines.notRead("notes.xyz", "not a supported format .xyz");
        assertEquals("compactkit: 1 document to read\n        OCR long.pdf: page 1 of 20\n        OCR long.pdf: page 2 of 20\n"
                + "not read notes.xyz: not a supported format .xyz\n", s.toString().replace("\r\n", "\n"));
        StringWriter t = new StringWriter();
        new OcrPageProgress(new PrintWriter(t), false).pageDone("scan.pdf", 4, 4);
        new OcrPageProgress(new PrintWriter(t), false).pageDone("small.pdf", 1, 2);
        assertEquals("OCR scan.pdf: page 4 of 4\n", t.toString().replace("\r\n", "\n"));
        StringWriter bar = new StringWriter();
        Progress b = new BarProgress(new PrintWriter(bar));
        b.start(1);
        b.ocrPage("long.pdf", 3, 20);
        assertTrue(bar.toString().contains("0/1  long.pdf OCR 3/20"), bar.toString());
    }
}
