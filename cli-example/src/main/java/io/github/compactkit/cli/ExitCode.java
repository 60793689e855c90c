package io.github.compactkit.cli;

/** The exit codes every command returns; listed in each command's {@code --help} and in the README. */
final class ExitCode {
    /** Everything asked for was done. */
    static final int OK = 0;
    /** Bad arguments or options: nothing was done. */
    static final int USAGE = 1;
    /** Some inputs failed (listed in errors.jsonl or on stderr); the rest were processed. */
    static final int SOME_FAILED = 2;
    /** Nothing usable came out: every input failed, or there was no input. */
    static final int NOTHING_USABLE = 3;

    /** The exit-code list as picocli shows it under "Exit codes:". */
    static final String[] HELP = {
        "0:ok",
        "1:usage error (bad arguments or options)",
        "2:some inputs failed; the others were processed",
        "3:nothing usable (every input failed, or none found)"
    };

    private ExitCode() {
    }

    /** The code for a run where {@code ok} inputs worked and {@code failed} did not. */
    static int of(int ok, int failed) {
        if (ok == 0) {
            return NOTHING_USABLE;
        }
        return failed == 0 ? OK : SOME_FAILED;
    }
}
