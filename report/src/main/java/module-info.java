/**
 * compactkit's reports for people: HTML, Markdown and CSV over comparisons of compacts.
 *
 * <p>The one package is the API (writers, {@code ReportBuilder} and the report records); its helpers
 * are package-private. Its API speaks the core's model and comparison types, so reading this module
 * reads the core. Nothing is serialised reflectively, so nothing is opened.
 */
module io.github.compactkit.report {
    requires transitive io.github.compactkit;

    exports io.github.compactkit.report;
}
