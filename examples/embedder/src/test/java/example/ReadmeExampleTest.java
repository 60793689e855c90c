package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's example is the code this project compiles: the two java blocks under "The library in
 * five lines" equal, line for line, the parts of ReadmeExample between its README and README report markers.
 */
class ReadmeExampleTest {
    @Test
    void theReadmeExampleIsTheCompiledOne() throws Exception {
        List<String> readme = Files.readAllLines(Path.of("..", "..", "README.md"));
        int section = readme.indexOf("## The library in five lines");
        assertTrue(section >= 0, "README has no section 'The library in five lines'");
        int open = indexFrom(readme, "```java", section);
        int close = indexFrom(readme, "```", open + 1);
        assertSameCode(readme.subList(open + 1, close), "README");
        // the report's lines: the section's next java block
        int reportOpen = indexFrom(readme, "```java", close + 1);
        assertTrue(reportOpen < indexFrom(readme, "## What it reads", section), "the report block is in the same section");
        assertSameCode(readme.subList(reportOpen + 1, indexFrom(readme, "```", reportOpen + 1)), "README report");
    }

    /** The block's code lines equal the example's lines between its markers; its imports are the example's. */
    private static void assertSameCode(List<String> block, String marker) throws Exception {
        List<String> shown = block.stream().filter(l -> !l.startsWith("import ") && !l.isBlank()).toList();
        List<String> source = Files.readAllLines(Path.of("src", "main", "java", "example", "ReadmeExample.java"));
        int start = indexFrom(source, "        // " + marker + " start", 0);
        int end = indexFrom(source, "        // " + marker + " end", start);
        assertEquals(shown, source.subList(start + 1, end));
        block.stream().filter(l -> l.startsWith("import "))
                .forEach(i -> assertTrue(source.contains(i), "README imports what the example does not: " + i));
    }

    private static int indexFrom(List<String> lines, String line, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).equals(line)) {
                return i;
            }
        }
        throw new AssertionError("no line '" + line + "' after line " + from);
    }
}
