package io.github.compactkit.cli;

import io.github.compactkit.report.Report;
import io.github.compactkit.report.ReportBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compactkit matrix DIR}: compare every compact in a folder and write the report. */
@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = {"Compare the compacts in DIR and write report.html (self-contained: heatmaps of areas by "
                + "benchmark commitment, theme and similarity, reuse of wording, matched commitments side by side, commitments "
                + "shared across areas), report.md, report.json and matrix.json (the corpus comparison).",
            "DIR is a folder written by 'batch' (its JSON files are read, nothing is parsed again) or a folder of documents."})
final class MatrixCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Batch output or documents.")
    Path dir;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "target/matrix",
            description = "Where to write the report (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Mixin
    MeaningOption meaning;

    @Override
    public Integer call() throws IOException {
        Arguments.folder(spec, dir);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CompactLoader.Loaded loaded;
        try (CompactLoader loader = new CompactLoader()) {
            loaded = loader.loadFolder(dir, err);
        }
        if (loaded.compacts().isEmpty()) {
            err.println("error: no compacts in " + dir);
            err.flush();
            return ExitCode.NOTHING_USABLE;
        }
        Path html = write(loaded, outDir, out, meaning);
        return html == null ? ExitCode.NOTHING_USABLE : ExitCode.of(loaded.compacts().size(), loaded.failed());
    }

    /** Builds the report over what was loaded and writes it; prints where. Shared with {@code demo}. */
    static Path write(CompactLoader.Loaded loaded, Path outDir, PrintWriter out, MeaningOption meaning) throws IOException {
        ReportBuilder.Built built = new ReportBuilder(meaning.comparator()).buildWithMatrix("Local compacts compared", loaded.compacts());
        meaning.saveCache(out);
        Report report = built.report();
        Path html = ReportFiles.write(built, outDir);
        int n = report.areas().size();
        out.println("report of " + n + (n == 1 ? " compact: " : " compacts: ") + html.toAbsolutePath());
        out.println("  also " + outDir.toAbsolutePath().resolve(ReportFiles.MARKDOWN) + ", "
                + ReportFiles.JSON + " and " + ReportFiles.MATRIX);
        out.flush();
        return html;
    }
}
