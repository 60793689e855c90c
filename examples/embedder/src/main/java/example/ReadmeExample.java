package example;

import io.github.compactkit.Compacts;
import io.github.compactkit.compare.CompactComparison;
import io.github.compactkit.compare.Comparisons;
import io.github.compactkit.model.Compact;
import io.github.compactkit.report.HtmlReportWriter;
import io.github.compactkit.report.ReportBuilder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The README's "library in five lines" and its HTML report, unchanged, in a project that depends on
 * compactkit-core and compactkit-report only.
 */
public final class ReadmeExample {
    private ReadmeExample() {
    }

    /** Run in a folder holding westminster.pdf and bromley.txt (the bundled corpus has both); writes report.html there. */
    public static void main(String[] args) throws Exception {
        // README start
Compact c = Compacts.parse(Path.of("westminster.pdf"));          // .txt, .pdf, .docx, .odt, .rtf, .html — detected from content
c.undertakings().forEach(u -> System.out.println(u.party() + " [" + u.section() + "] " + u.text()));
c.actionPoints().forEach(a -> System.out.println(a.lead() + " by " + a.targetDate()));   // EDTF: 2006-06, 2013-35, 2013-04-01/2014-03-31
String json = Compacts.toJson(c);                                  // the documented JSON contract, same input → same bytes
CompactComparison diff = Comparisons.compare(c, Compacts.parse(Path.of("bromley.txt")));
        // README end
        // README report start
Compact bromley = Compacts.parse(Path.of("bromley.txt"));
String html = HtmlReportWriter.write(ReportBuilder.pair("Westminster and Bromley", c, bromley, diff));   // compactkit-report
Files.writeString(Path.of("report.html"), html);                   // one self-contained page: matches, differences, only in A / B
        // README report end
        System.out.println(json.length() + " characters of JSON; " + diff.matches().size() + " matched commitments with Bromley; "
                + html.length() + " characters of HTML report");
    }
}
