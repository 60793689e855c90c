package io.github.compactkit.cli;

import java.nio.file.Path;

/**
 * The totals of a batch run and where its outputs are. {@code skipped} documents were up to date;
 * {@code notRead} files under the folder are not documents the parser reads (see not-read.jsonl);
 * {@code stoppedBy} says why the run stopped early (an output that could not be written, such as on
 * a full disk), or is null when it finished.
 */
record BatchSummary(Path outDir, int parsed, int skipped, int failed, long millis, int notRead, String stoppedBy) {

    BatchSummary(Path outDir, int parsed, int skipped, int failed, long millis) {
        this(outDir, parsed, skipped, failed, millis, 0, null);
    }

    boolean complete() {
        return stoppedBy == null;
    }

    int total() {
        return parsed + skipped + failed;
    }

    /** 0 all usable, 2 some failed, 3 nothing usable or the gathered files not written (see {@link ExitCode}). */
    int exitCode() {
        if (!complete()) {
            return ExitCode.NOTHING_USABLE;
        }
        return ExitCode.of(parsed + skipped, failed);
    }
}
