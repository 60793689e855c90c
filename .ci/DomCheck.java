import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the DOM Chromium rendered from report.html: the script ran, the heatmap is there, and
 * matched commitments are visible as text. Run by browser-check.sh with the compactkit jar on the
 * class path: java -cp compactkit.jar DomCheck.java DOM.html REPORT.json
 */
public class DomCheck {
    /** A commitment Bromley's compact takes word for word from Westminster's (see corpus/gold/compare). */
    static final String SHARED = "Ensure performance monitoring and assessment is transparent, consistent, "
            + "proportionate, constructive and objective";

    public static void main(String[] args) throws Exception {
        String dom = Files.readString(Path.of(args[0]));
        JsonNode report = new ObjectMapper().readTree(Path.of(args[1]).toFile());
        String text = visibleText(dom);
        List<String> failures = new ArrayList<>();
        check(failures, dom.contains("data-report-ready=\"true\""), "the report's script did not run");
        check(failures, dom.contains("id=\"heatmap-benchmarks\""), "no benchmark heatmap table");
        check(failures, dom.contains("id=\"heatmap-themes\""), "no theme heatmap table");
        check(failures, dom.contains("class=\"cell status-"), "no benchmark status in the heatmap");
        check(failures, dom.split("class=\"cell", -1).length > 1, "the heatmap has no cells");
        check(failures, text.contains("Themes by area"), "no heatmap heading");
        check(failures, text.contains("Consultation period"), "no benchmark column");
        JsonNode firstMatch = null;
        for (JsonNode pair : report.path("pairs")) {
            if (pair.path("matches").size() > 0) {
                firstMatch = pair.path("matches").get(0);
                break;
            }
        }
        check(failures, firstMatch != null, "the report has no matched commitments");
        if (firstMatch != null) {
            String a = normal(firstMatch.path("aText").asText());
            check(failures, text.contains(a), "matched commitment not visible: " + a);
        }
        if (report.toString().contains(SHARED)) {
            check(failures, text.contains(SHARED), "known commitment not visible: " + SHARED);
        } else {
            System.out.println("DomCheck: note: the parser did not extract \"" + SHARED + "\"");
        }
        check(failures, !dom.contains("<script>alert"), "document text was rendered as markup");
        if (!failures.isEmpty()) {
            failures.forEach(f -> System.err.println("DomCheck: FAIL: " + f));
            System.exit(1);
        }
        System.out.println("DomCheck: ok (" + dom.length() + " characters of DOM)");
    }

    static void check(List<String> failures, boolean ok, String message) {
        if (!ok) {
            failures.add(message);
        }
    }

    /** The DOM's text as a reader sees it: tags dropped, entities decoded, spaces collapsed. */
    static String visibleText(String dom) {
        String body = dom.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ");
        String t = body.replaceAll("<[^>]*>", "");
        t = t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
        return normal(t);
    }

    static String normal(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
