package io.github.compactkit.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** The few lines that close a batch run: totals, and where each output is. */
final class BatchReport {
    private BatchReport() {
    }

    static void print(BatchSummary s, PrintWriter out) {
        out.printf(Locale.ROOT, "%d document%s: %d parsed, %d up to date (skipped), %d failed, in %.1f s%n",
                s.total(), s.total() == 1 ? "" : "s", s.parsed(), s.skipped(), s.failed(), s.millis() / 1000.0);
        if (!s.complete()) {
            out.println("stopped early: an output could not be written (" + s.stoppedBy() + ")");
            out.println("kept: the JSON of every document finished so far; the gathered files below keep their");
            out.println("previous version, and the unfinished ones end in " + StagedFiles.PARTIAL + ". Free space and run");
            out.println("again: finished documents are recognised by content and skipped.");
        }
        out.println("outputs in " + s.outDir() + ":");
        out.println("  FILE.json per document, all.jsonl");
        out.println("  undertakings.csv, principles.csv, action-points.csv, quantities.csv");
        out.println("  " + BatchSink.ERRORS_JSONL + (s.failed() == 0 ? " (empty)" : " (" + s.failed() + " failed)"));
        out.println("  " + NotReadLog.FILE + (s.notRead() == 0 ? " (empty)"
                : " (" + s.notRead() + " file" + (s.notRead() == 1 ? "" : "s") + " skipped, not read, with the reason)"));
        out.flush();
    }
}
