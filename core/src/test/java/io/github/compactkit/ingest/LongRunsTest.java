package io.github.compactkit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs without white space past the limit are cut; everything else is left as it was. */
class LongRunsTest {
    @Test
    void ordinaryTextIsUntouched() {
        String text = "The Council will consult for 12 weeks. ".repeat(100);
        assertSame(text, LongRuns.shorten(text));
        String url = "see https://" + "a".repeat(LongRuns.MAX_RUN - 20) + " here";
        assertSame(url, LongRuns.shorten(url));
    }

    @Test
    void aLongRunIsCutAndTheRestKept() {
        String text = "before " + "1.".repeat(200_000) + " after\tend";
        String cut = LongRuns.shorten(text);
        assertEquals("before " + "1.".repeat(LongRuns.KEPT / 2) + "… after\tend", cut);
    }

    @Test
    void theDocumentSaysWhatWasShortened() {
        SourceDocument doc = new SourceDocument("x.txt", "text/plain", null, "0",
                List.of(SourceLine.plain("ok", 1), SourceLine.plain("A".repeat(64_000), 2)), List.of(), List.of());
        SourceDocument out = LongRuns.shorten(doc);
        assertEquals(LongRuns.KEPT + 1, out.lines().get(1).text().length());
        assertTrue(out.warnings().get(0).startsWith("shortened 1 line holding more than"), out.warnings().toString());
        SourceDocument fine = new SourceDocument("y.txt", "text/plain", null, "0", List.of(SourceLine.plain("ok", 1)),
                List.of(), List.of());
        assertSame(fine, LongRuns.shorten(fine));
    }
}
