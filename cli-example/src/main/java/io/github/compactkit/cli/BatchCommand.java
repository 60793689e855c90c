package io.github.compactkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compactkit batch DIR --out DIR}: parse every supported document under a folder. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {
            "Parse every supported document under DIR (txt, md, pdf, docx, doc, odt, rtf, html, htm), in parallel; "
                + "PDF pages without a text layer are read by OCR (tesseract), see --ocr.",
            "Writes to the --out folder: one JSON per document (FILE.json, keeping sub-folders), all.jsonl "
                + "(one compact per line), undertakings.csv, principles.csv, action-points.csv, quantities.csv "
                + "(UTF-8, one row per item with file, area, party, section, page) and errors.jsonl "
                + "(file, reason, message per failed document) and not-read.jsonl (file and reason for every other "
                + "file under DIR: unsupported format, hidden, no extension).",
            "A failed document never stops the others. A re-run skips documents whose JSON is newer than "
                + "the document, unless --force."})
final class BatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder of documents (searched recursively).")
    Path inputDir;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Where to write the outputs.")
    Path outDir;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Documents parsed at once (default: the number of processors).")
    Integer threads;

    @Option(names = {"-f", "--force"}, description = "Parse every document again, even when its JSON is up to date.")
    boolean force;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Give up on one document after this long and record it as TIMEOUT (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--ocr", defaultValue = "auto", paramLabel = "MODE", description = OcrChoice.DESCRIPTION
            + " Pages are recognised in parallel within --threads.")
    OcrChoice ocr;

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        Arguments.folder(spec, inputDir);
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + n);
        }
        if (timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second, not " + timeoutSeconds);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BatchOptions options = new BatchOptions(inputDir, outDir, n, force, Duration.ofSeconds(timeoutSeconds), ocr.mode());
        BatchSummary summary = new BatchRunner(options, Progress.forConsole(err, quiet)).run();
        BatchReport.print(summary, out);
        if (summary.total() == 0) {
            err.println("error: no supported documents under " + inputDir);
        }
        err.flush();
        return summary.exitCode();
    }
}
