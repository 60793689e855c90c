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
}
