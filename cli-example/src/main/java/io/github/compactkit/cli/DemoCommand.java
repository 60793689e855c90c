package io.github.compactkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code compactkit demo}: the main job on the bundled corpus, to see what compactkit does. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Batch-parse the bundled corpus of compacts, build the comparison report and print where the outputs are.",
            "Same outputs as 'batch' (every document is parsed afresh), plus the report of 'matrix'."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "target/demo",
            description = "Where to write the outputs (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    @Mixin
    MeaningOption meaning;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path documents = BundledCorpus.unpack(outDir.resolve("documents"));
        out.println("compactkit demo: parsing the bundled corpus in " + documents);
        out.flush();
        BatchOptions options = new BatchOptions(documents, outDir,
                Runtime.getRuntime().availableProcessors(), true, Duration.ofMinutes(2));
        BatchSummary summary = new BatchRunner(options, Progress.forConsole(err, quiet)).run();
        BatchReport.print(summary, out);
        CompactLoader.Loaded loaded;
        try (CompactLoader loader = new CompactLoader()) {
            loaded = loader.loadFolder(outDir, err);
        }
        if (loaded.compacts().isEmpty()) {
            return ExitCode.NOTHING_USABLE;
        }
        Path html = MatrixCommand.write(loaded, outDir, out, meaning);
        out.println("open the report: " + html.toAbsolutePath().toUri());
        out.flush();
        return summary.exitCode();
    }
}
