package io.github.compactkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.compactkit.compare.CompactComparison;
import io.github.compactkit.compare.ComparisonJson;
import io.github.compactkit.compare.Comparisons;
import io.github.compactkit.compare.GoldCompacts;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The writers keep the comparison contract; outputs are left under target/ for reading. */
class ComparisonWritersTest {
    static CompactComparison comparison;

    @BeforeAll
    static void compare() throws IOException {
        comparison = Comparisons.compare(GoldCompacts.load("bromley", "2007"), GoldCompacts.load("westminster", "2005"));
        Path out = Path.of("target", "compare");
        Files.createDirectories(out);
        Files.writeString(out.resolve("bromley-vs-westminster.json"), ComparisonJson.write(comparison));
        Files.writeString(out.resolve("bromley-vs-westminster.csv"), ComparisonCsv.write(comparison));
        Files.writeString(out.resolve("bromley-vs-westminster.md"), ComparisonMarkdown.write(comparison));
    }

    @Test
    void jsonFollowsTheContract() throws IOException {
        JsonNode json = new ObjectMapper().readTree(ComparisonJson.write(comparison));
        assertEquals(List.of("schemaVersion", "a", "b", "matches", "onlyInA", "onlyInB", "reuse", "onlyInAGroups", "onlyInBGroups"), names(json));
        JsonNode group = json.path("onlyInAGroups").get(0);
        assertEquals(List.of("party", "theme", "items"), names(group));
        int grouped = 0;
        for (JsonNode g : json.path("onlyInAGroups")) {
            grouped += g.path("items").size();
        }
        assertEquals(comparison.onlyInA().size(), grouped);
        assertEquals("bromley.txt", json.path("a").path("file").asText());
        assertEquals("Westminster", json.path("b").path("area").asText());
        JsonNode match = json.path("matches").get(0);
        assertEquals(List.of("kind", "score", "a", "b", "differences"), names(match));
        assertTrue(names(match.path("a")).containsAll(List.of("type", "party", "section", "text")));
        assertTrue(json.path("reuse").has("shareOfAReusedFromB"));
        assertTrue(json.path("reuse").has("likelySource"));
        assertEquals(comparison, ComparisonJson.read(ComparisonJson.write(comparison)));
    }

    @Test
    void csvHasOneRowPerMatchAndUnmatchedItem() {
        String[] lines = ComparisonCsv.write(comparison).split("\r\n");
        int expected = 1 + comparison.matches().size() + comparison.onlyInA().size() + comparison.onlyInB().size();
        assertEquals(expected, lines.length);
        assertTrue(lines[0].startsWith("row,kind,score,a_type"));
    }

    @Test
    void markdownGroupsWhatOnlyOneSideHas() {
        String md = ComparisonMarkdown.write(comparison);
        assertTrue(md.startsWith("# Bromley compared with Westminster"));
        assertTrue(md.contains("## Only in Bromley"));
        assertTrue(md.contains("### VCS"));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
