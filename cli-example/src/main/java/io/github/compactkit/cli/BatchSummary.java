package io.github.compactkit.cli;

import java.nio.file.Path;

/**
 * The totals of a batch run and where its outputs are. {@code skipped} documents were up to date;
 * {@code notRead} files under the folder are not documents the parser reads (see not-read.jsonl).
 */
record BatchSummary(Path outDir, int parsed, int skipped, int failed, long millis, int notRead) {

    int total() {
        return parsed + skipped + failed;
    }

    /** 0 all usable, 2 some failed, 3 nothing usable (see {@link ExitCode}). */
    int exitCode() {
        return ExitCode.of(parsed + skipped, failed);
    }
}
