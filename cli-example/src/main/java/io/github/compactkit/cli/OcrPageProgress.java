package io.github.compactkit.cli;

import io.github.compactkit.OcrProgress;
import java.io.PrintWriter;

/**
 * Page-by-page OCR progress of one long document on stderr: redrawn in place on a terminal, a line per
 * page otherwise. Documents of fewer than {@value #LONG} pages to recognise stay quiet.
 */
final class OcrPageProgress implements OcrProgress {
    static final int LONG = 4;
    private final PrintWriter err;
    private final boolean inPlace;

    OcrPageProgress(PrintWriter err, boolean inPlace) {
        this.err = err;
        this.inPlace = inPlace;
    }

    @Override
    public synchronized void pageDone(String fileName, int done, int total) {
        if (total < LONG) {
            return;
        }
        String line = "OCR " + fileName + ": page " + done + " of " + total;
        if (inPlace) {
            err.print("\r\033[K" + line + (done == total ? "\n" : ""));
        } else {
            err.println(line);
        }
        err.flush();
    }
}
