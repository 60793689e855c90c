package io.github.compactkit.cli;

import java.io.PrintWriter;

/** Reports a batch run as it goes. Implementations are called from worker threads. */
interface Progress {
    /** The run starts with {@code total} documents. */
    void start(int total);

    /** One document is done. */
    void done(DocumentOutcome outcome);

    /** The run is over (clears a progress bar). */
    void finish();

    /** A file under the folder is not read, for {@code reason} (hidden, unsupported format…). */
    default void notRead(String file, String reason) {
    }

    /** A page of a document was recognised by OCR ({@code done} of {@code total}); called from OCR threads. */
    default void ocrPage(String file, int done, int total) {
    }

    /** A bar redrawn in place when on a terminal, plain lines otherwise (logs, CI, pipes). */
    static Progress forConsole(PrintWriter err, boolean quiet) {
        if (quiet) {
            return new Progress() {
                @Override
                public void start(int total) {
                }

                @Override
                public void done(DocumentOutcome outcome) {
                }

                @Override
                public void finish() {
                }
            };
        }
        return Terminal.isInteractive() ? new BarProgress(err) : new LineProgress(err);
    }
}
