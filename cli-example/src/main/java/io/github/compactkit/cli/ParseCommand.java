package io.github.compactkit.cli;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.CompactParser;
import io.github.compactkit.Compacts;
import io.github.compactkit.model.Compact;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compactkit parse FILE}: print one compact's model as JSON or readable text. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse one compact (text, PDF, DOCX, ODT, RTF, HTML) and print its model.")
final class ParseCommand implements Callable<Integer> {
    enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The document to parse.")
    Path file;

    @Option(names = "--format", defaultValue = "json", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--ocr", defaultValue = "auto", paramLabel = "MODE", description = OcrChoice.DESCRIPTION)
    OcrChoice ocr;

    @Option(names = "--explain", description = "Print, block by block, what each block was taken for, which rule decided, "
            + "and what became of it (undertaking and what gave its party, principle, action point, or why it was set aside).")
    boolean explain;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop and report TIMEOUT when parsing takes longer than this (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Arguments.file(spec, file);
        if (timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second, not " + timeoutSeconds);
        }
        CompactParser parser = Compacts.parser().timeout(Duration.ofSeconds(timeoutSeconds)).ocr(ocr.mode())
                .ocrProgress(new OcrPageProgress(err, Terminal.isInteractive())).build();
        if (explain) {
            try {
                out.print(ExplanationRenderer.render(parser.explain(file)));
            } catch (CompactParseException e) {
                err.println("error: " + e.getMessage());
                return ExitCode.NOTHING_USABLE;
            }
            out.flush();
            return ExitCode.OK;
        }
        Compact compact;
        try {
            compact = parser.parse(file);
        } catch (CompactParseException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.NOTHING_USABLE;
        }
        if (format == Format.json) {
            out.println(Compacts.toJson(compact));
        } else {
            out.print(TextRenderer.render(compact));
        }
        out.flush();
        return ExitCode.OK;
    }
}
