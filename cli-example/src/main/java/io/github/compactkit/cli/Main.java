package io.github.compactkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code compactkit} command: parse compacts and compare them. */
@Command(name = "compactkit", mixinStandardHelpOptions = true, version = "compactkit 0.1.0",
        description = "Parse local compacts into a structured model and compare them.",
        subcommands = {ParseCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and embedding). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
