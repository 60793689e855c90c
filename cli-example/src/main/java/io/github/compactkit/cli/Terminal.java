package io.github.compactkit.cli;

import java.io.Console;

/** Whether output goes to an interactive terminal. */
final class Terminal {
    private Terminal() {
    }

    /**
     * True on a terminal. {@code System.console()} is null when a stream is redirected on Java 17;
     * from Java 22 it may exist anyway, so ask {@code Console.isTerminal()} when there is one.
     */
    static boolean isInteractive() {
        // Progress is drawn on stderr: when stderr is redirected (2>log) it is no terminal, even if stdout is.
        Boolean stderr = stderrIsTerminal();
        if (stderr != null && !stderr) {
            return false;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** Whether standard error is a terminal, where the system says (Linux: /proc); null when it cannot tell. */
    private static Boolean stderrIsTerminal() {
        java.nio.file.Path fd = java.nio.file.Path.of("/proc/self/fd/2");
        try {
            String target = java.nio.file.Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }
}
