package io.github.compactkit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code compactkit} command: parse compacts, batch-parse folders, compare and report. */
@Command(name = "compactkit", mixinStandardHelpOptions = true, version = "compactkit 0.1.0",
        description = "Parse local compacts into a structured model and compare them.",
        subcommands = {DemoCommand.class, ParseCommand.class, BatchCommand.class, CompareCommand.class,
            MatrixCommand.class, EvaluateCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and embedding). */
    public static int run(String... args) {
        try {
            return commandLine().execute(args);
        } catch (Error e) {
            // picocli hands on Errors (a missing class or resource in a broken jar): still one line.
            System.err.println("error: internal error: " + e + (e.getCause() == null ? "" : ": " + e.getCause()));
            return ExitCode.NOTHING_USABLE;
        }
    }

    /** The configured command line: usage errors exit 1, unexpected errors print one line and exit 3. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        documentExitCodes(cl);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("error: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // Users get one line, never a stack trace; the class name helps a bug report.
            PrintWriter err = commandLine.getErr();
            err.println("error: " + (ex.getMessage() == null ? ex.getClass().getName() : ex.getMessage()));
            err.flush();
            return ExitCode.NOTHING_USABLE;
        });
        return cl;
    }

    private static void documentExitCodes(CommandLine cl) {
        java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
        for (String line : ExitCode.HELP) {
            int colon = line.indexOf(':');
            codes.put(line.substring(0, colon), line.substring(colon + 1));
        }
        cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        cl.getSubcommands().values().forEach(Main::documentExitCodes);
    }

    @Spec
    CommandSpec spec;

    /** No command given: a usage error, like a wrong one; the usage goes to stderr. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: no command given");
        spec.commandLine().usage(err);
        err.flush();
        return ExitCode.USAGE;
    }
}
