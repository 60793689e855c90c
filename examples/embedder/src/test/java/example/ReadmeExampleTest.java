package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's example is the code this project compiles: the java block under "The library in
 * five lines" equals, line for line, the part of ReadmeExample between its README markers.
 */
class ReadmeExampleTest {
    @Test
    void theReadmeExampleIsTheCompiledOne() throws Exception {
        List<String> readme = Files.readAllLines(Path.of("..", "..", "README.md"));
        int section = readme.indexOf("## The library in five lines");
        assertTrue(section >= 0, "README has no section 'The library in five lines'");
        int open = indexFrom(readme, "```java", section);
        int close = indexFrom(readme, "```", open + 1);
        List<String> shown = readme.subList(open + 1, close).stream().filter(l -> !l.startsWith("import ") && !l.isBlank()).toList();

        List<String> source = Files.readAllLines(Path.of("src", "main", "java", "example", "ReadmeExample.java"));
        int start = indexFrom(source, "        // README start", 0);
        int end = indexFrom(source, "        // README end", start);
        assertEquals(shown, source.subList(start + 1, end));
        // and the imports the README shows, if it shows any, are the ones the example compiles with
        readme.subList(open + 1, close).stream().filter(l -> l.startsWith("import "))
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
