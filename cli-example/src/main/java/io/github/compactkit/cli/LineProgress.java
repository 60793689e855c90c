package io.github.compactkit.cli;

import java.io.PrintWriter;

/** Progress as one plain line per document, for logs and pipes. */
final class LineProgress implements Progress {
    private final PrintWriter err;
    private int total;
    private int done;

    LineProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void start(int total) {
        this.total = total;
        err.println("compactkit: " + total + " document" + (total == 1 ? "" : "s") + " to read");
        err.flush();
    }

    @Override
    public synchronized void done(DocumentOutcome o) {
        done++;
        String what = switch (o.kind()) {
            case PARSED -> "ok      " + o.file() + " (" + o.compact().undertakings().size() + " undertakings, "
                    + o.millis() + " ms)";
            case SKIPPED -> "skipped " + o.file() + " (up to date)";
            case FAILED -> "FAILED  " + o.file() + ": " + o.reason();
        };
        err.println("[" + done + "/" + total + "] " + what);
        err.flush();
    }

    @Override
    public synchronized void notRead(String file, String reason) {
        err.println("not read " + file + ": " + reason);
        err.flush();
    }

    /** Long scans get a line per page, so a log shows they are moving. */
    @Override
    public synchronized void ocrPage(String file, int done, int total) {
        if (total >= OcrPageProgress.LONG) {
            err.println("        OCR " + file + ": page " + done + " of " + total);
            err.flush();
        }
    }

    @Override
    public synchronized void finish() {
        err.flush();
    }
}
