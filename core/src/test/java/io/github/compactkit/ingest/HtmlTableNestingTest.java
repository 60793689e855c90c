package io.github.compactkit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlTableNestingTest {
    private static int depth(String html) {
        return HtmlTableNesting.depth(html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void countsOpenTablesNotOtherTags() {
        assertEquals(0, depth("<html><body><p>no tables, <tab>, <tablet></p></body></html>"));
        assertEquals(1, depth("<TABLE border=1><tr><td>a</td></tr></TABLE><table><tr><td>b</table>"));
        assertEquals(2, depth("<table><tr><td><table class=x><tr><td>inner</td></tr></table></td></tr></table>"));
        assertEquals(3000, depth("<table><tr><td>".repeat(3000)));
    }
}
