package io.github.compactkit.cli;

import java.nio.file.Path;

/** The totals of a batch run and where its outputs are. */
record BatchSummary(Path outDir, int parsed, int skipped, int failed, long millis) {

    int total() {
        return parsed + skipped + failed;
    }

    /** 0 all usable, 2 some failed, 3 nothing usable (see {@link ExitCode}). */
    int exitCode() {
        return ExitCode.of(parsed + skipped, failed);
    }
}
