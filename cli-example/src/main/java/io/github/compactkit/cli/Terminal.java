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
}
