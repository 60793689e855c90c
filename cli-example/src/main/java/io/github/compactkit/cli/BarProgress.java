package io.github.compactkit.cli;

import java.io.PrintWriter;

/** A progress bar redrawn in place on a terminal: {@code [#######.....]  12/40  1 failed  westminster.pdf}. */
final class BarProgress implements Progress {
    private static final int WIDTH = 30;
    private static final int NAME_WIDTH = 36;
    private final PrintWriter err;
    private int total;
    private int done;
    private int failed;

    BarProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void start(int total) {
        this.total = total;
        draw("");
    }

    @Override
    public synchronized void done(DocumentOutcome o) {
        done++;
        if (o.kind() == DocumentOutcome.Kind.FAILED) {
            failed++;
            // Failures stay on screen above the bar.
            err.print("\r\033[K");
            err.println("failed: " + o.file() + ": " + o.reason());
        }
        draw(o.file());
    }

    @Override
    public synchronized void notRead(String file, String reason) {
        err.print("\r\033[K");
        err.println("not read: " + file + ": " + reason);
        draw("");
    }

    /** The page count of a long scan shows where the file name goes. */
    @Override
    public synchronized void ocrPage(String file, int done, int total) {
        if (total >= OcrPageProgress.LONG) {
            draw(file + " OCR " + done + "/" + total);
        }
    }

    private void draw(String name) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String shown = name.length() > NAME_WIDTH ? "…" + name.substring(name.length() - NAME_WIDTH + 1) : name;
        err.print("\r\033[K[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total
                + (failed > 0 ? "  " + failed + " failed" : "") + "  " + shown);
        err.flush();
    }

    @Override
    public synchronized void finish() {
        err.print("\r\033[K");
        err.flush();
    }
}
