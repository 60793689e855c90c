package io.github.compactkit.cli;

import java.nio.file.Path;
import java.time.Duration;

/** What a batch run reads, where it writes, and how: threads, re-parse everything, time limit per document. */
record BatchOptions(Path inputDir, Path outDir, int threads, boolean force, Duration timeout) {
    BatchOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }
}
