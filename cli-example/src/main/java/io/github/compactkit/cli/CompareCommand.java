package io.github.compactkit.cli;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.report.HtmlReportWriter;
import io.github.compactkit.report.ReportBuilder;
import io.github.compactkit.compare.CompactComparison;
import io.github.compactkit.report.ComparisonCsv;
import io.github.compactkit.compare.ComparisonJson;
import io.github.compactkit.report.ComparisonMarkdown;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.DocumentType;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compactkit compare A B}: align two compacts' commitments. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two compacts: matched commitments (verbatim, near, merged, paraphrase) with their "
                + "differences, what only one has, and the reuse of wording.",
            "A and B are documents, or JSON files written by 'parse' or 'batch'."})
final class CompareCommand implements Callable<Integer> {
    enum Format { json, md, html, csv }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The first compact.")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "The second compact.")
    Path b;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json (the comparison contract), md, html (self-contained report) or csv; "
                    + "default: from the --out extension, else md.")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here instead of to standard output.")
    Path out;

    @Mixin
    MeaningOption meaning;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Arguments.file(spec, a);
        Arguments.file(spec, b);
        Format effective = effectiveFormat();
        Compact ca;
        Compact cb;
        try (CompactLoader loader = new CompactLoader()) {
            ca = loader.load(a);
            cb = loader.load(b);
        } catch (CompactParseException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCode.NOTHING_USABLE;
        }
        CompactComparison comparison = meaning.comparator().compare(ca, cb);
        meaning.saveCache(err);
        warnIfNotACompact(ca, err);
        warnIfNotACompact(cb, err);
        String text = switch (effective) {
            case json -> ComparisonJson.write(comparison) + "\n";
            case md -> ComparisonMarkdown.write(comparison);
            case csv -> ComparisonCsv.write(comparison);
            case html -> HtmlReportWriter.write(ReportBuilder.pair(
                    "Compact comparison: " + ca.label() + " and " + cb.label(), ca, cb, comparison));
        };
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
        } else {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            // A CSV file starts with a byte-order mark, like the batch CSVs, so spreadsheets read it as UTF-8.
            Files.writeString(out, effective == Format.csv ? "\uFEFF" + text : text, StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("wrote " + out.toAbsolutePath());
            spec.commandLine().getOut().flush();
        }
        return ExitCode.OK;
    }

    /** A document found not to be a compact is still compared, with a warning saying so. */
    private static void warnIfNotACompact(Compact c, PrintWriter err) {
        if (c.documentType() == DocumentType.OTHER) {
            String file = c.source() == null ? c.label() : c.source().file();
            String why = c.warnings().stream().filter(w -> w.startsWith("not a compact")).findFirst().orElse("not a compact");
            err.println("warning: " + file + ": " + why + "; the comparison may mean little");
            err.flush();
        }
    }

    /**
     * --format, else the --out extension (.json, .md, .html/.htm, .csv), else md. Any other extension
     * is a usage error: "r.xlsx" must not quietly receive Markdown.
     */
    private Format effectiveFormat() {
        if (format != null) {
            return format;
        }
        if (out == null) {
            return Format.md;
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "json" -> Format.json;
            case "md", "markdown" -> Format.md;
            case "html", "htm" -> Format.html;
            case "csv" -> Format.csv;
            default -> throw new ParameterException(spec.commandLine(), "cannot tell the format from '" + out.getFileName()
                    + "': use .json, .md, .html or .csv, or say --format");
        };
    }
}
