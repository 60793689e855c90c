package io.github.compactkit.cli;

import io.github.compactkit.ParseFailure;
import io.github.compactkit.model.Compact;

/**
 * What happened to one document of a batch: parsed now, skipped (its earlier JSON was reused) or
 * failed with a reason. {@code file} is the path relative to the batch folder.
 */
record DocumentOutcome(String file, Kind kind, Compact compact, ParseFailure reason, String message, long millis) {

    /** The three ways a document can end. */
    enum Kind { PARSED, SKIPPED, FAILED }

    static DocumentOutcome parsed(String file, Compact compact, long millis) {
        return new DocumentOutcome(file, Kind.PARSED, compact, null, null, millis);
    }

    static DocumentOutcome skipped(String file, Compact compact) {
        return new DocumentOutcome(file, Kind.SKIPPED, compact, null, null, 0);
    }

    static DocumentOutcome failed(String file, ParseFailure reason, String message, long millis) {
        return new DocumentOutcome(file, Kind.FAILED, null, reason, message, millis);
    }

    boolean usable() {
        return kind != Kind.FAILED;
    }
}
