package io.github.compactkit.report.modulepath;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.Compacts;
import io.github.compactkit.compare.CompactComparison;
import io.github.compactkit.compare.Comparisons;
import io.github.compactkit.model.Compact;
import io.github.compactkit.report.HtmlReportWriter;
import io.github.compactkit.report.MarkdownReportWriter;
import io.github.compactkit.report.Report;
import io.github.compactkit.report.ReportBuilder;
import java.nio.file.Path;

/**
 * Run from the class path against the report and core modules on the module path, as an embedder's
 * code would: the README's pair report (whose theme heatmap reads the core's {@code extract} package
 * through its export to the report module), then a reach into {@code extract}, which the core must
 * refuse to everyone else.
 */
public final class ReportModuleProbe {
    private ReportModuleProbe() {
    }

    public static void main(String[] args) throws CompactParseException {
        System.out.println("module " + HtmlReportWriter.class.getModule().getName());
        Compact a = Compacts.parse(Path.of(args[0]));
        Compact b = Compacts.parse(Path.of(args[1]));
        CompactComparison diff = Comparisons.compare(a, b);
        Report report = ReportBuilder.pair("A and B", a, b, diff);
        String html = HtmlReportWriter.write(report);
        System.out.println("html " + html.length() + " " + html.contains("<html") + " heatmaps " + report.heatmaps().size());
        System.out.println("markdown " + MarkdownReportWriter.write(report).length());
        try {
            Class.forName("io.github.compactkit.extract.ThemeClassifier").getMethod("defaults").invoke(null);
            System.out.println("extract reachable");
        } catch (IllegalAccessException e) {
            System.out.println("extract hidden");
        } catch (ReflectiveOperationException e) {
            System.out.println("extract error " + e);
        }
    }
}
