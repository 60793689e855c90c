package io.github.compactkit.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.Compacts;
import io.github.compactkit.model.ActionPoint;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.DocumentType;
import io.github.compactkit.model.Principle;
import io.github.compactkit.model.Undertaking;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the conventions spec ({@code docs/conventions/*.md}, in the manner of CommonMark's spec.txt):
 * every example's input is parsed and its principles, undertakings and action points, written one per
 * line, must equal the expected lines. Examples listed in {@code known-gaps.txt} are conventions the
 * parser does not yet meet: they must still fail (so that a fix is noticed and the list kept honest).
 */
class ConventionsSpecTest {
    static final Path SPEC_DIR = Path.of("..", "docs", "conventions");

    @TestFactory
    Stream<DynamicTest> examples() throws Exception {
        List<String> gaps = KnownGaps.load(SPEC_DIR.resolve("known-gaps.txt"));
        List<DynamicTest> tests = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (SpecExample example : SpecReader.readAll(SPEC_DIR)) {
            // Every example's actual output, written under target/ like PDFBox's text-extraction tests.
            String got = render(Compacts.parse(example.input()), example.expected());
            if (!got.equals(example.expected())) {
                report.append("=== ").append(example.id()).append(' ').append(example.section()).append(gaps.contains(example.id()) ? " (known gap)" : "")
                        .append("\n--- input\n").append(example.input()).append("--- expected\n").append(example.expected())
                        .append("\n--- actual\n").append(got).append("\n\n");
            }
            boolean gap = gaps.contains(example.id());
            tests.add(DynamicTest.dynamicTest(example.id() + " " + example.section(), () -> {
                String actual = render(Compacts.parse(example.input()), example.expected());
                if (gap) {
                    assertTrue(!actual.equals(example.expected()),
                            example.id() + " is listed in known-gaps.txt but now passes: remove it from the list");
                } else {
                    assertEquals(example.expected(), actual, example.id() + " (" + example.section() + ")\n" + example.input());
                }
            }));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "conventions-spec-failures.txt"), report.toString(), StandardCharsets.UTF_8);
        assertTrue(tests.size() >= 150, "the spec has " + tests.size() + " examples; at least 150 are expected");
        return tests.stream();
    }

    /**
     * The model as the spec's expected lines. The document type is shown when it is OTHER and the
     * document holds something, or when the example states a type: an excerpt holding nothing (a
     * glossary, a list of signatories) gives no evidence either way, and its label is not checked.
     */
    static String render(Compact c, String expected) {
        List<String> out = new ArrayList<>();
        boolean empty = c.principles().isEmpty() && c.undertakings().isEmpty() && c.actionPoints().isEmpty();
        if (c.documentType() == DocumentType.OTHER && (!empty || expected.startsWith("type "))) {
            out.add("type OTHER");
        }
        // Document order: principles, undertakings and action points interleaved by their first line.
        List<Object[]> items = new ArrayList<>();
        for (Principle p : c.principles()) {
            items.add(new Object[] {p.span() == null ? 0 : p.span().startLine(), 0,
                    "principle [" + section(p.section()) + "] " + dash(p.name()) + " | " + p.text()});
        }
        for (Undertaking u : c.undertakings()) {
            items.add(new Object[] {u.span() == null ? 0 : u.span().startLine(), 1,
                    "undertaking " + u.party() + " [" + section(u.section()) + "] " + u.text()});
        }
        for (ActionPoint a : c.actionPoints()) {
            items.add(new Object[] {a.span() == null ? 0 : a.span().startLine(), 2,
                    "action [" + section(a.section()) + "] " + a.text() + " | " + dash(a.lead()) + " | " + dash(a.targetDate())});
        }
        items.sort((x, y) -> (int) x[0] != (int) y[0] ? Integer.compare((int) x[0], (int) y[0]) : Integer.compare((int) x[1], (int) y[1]));
        for (Object[] item : items) {
            out.add((String) item[2]);
        }
        if (items.isEmpty()) {
            out.add("nothing");
        }
        return String.join("\n", out);
    }

    private static String section(String s) {
        return s == null ? "-" : s;
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    /** The ids of examples the parser is known not to meet yet, one per line ("02-parties-and-commitments#17"). */
    static final class KnownGaps {
        static List<String> load(Path file) throws IOException {
            if (!Files.exists(file)) {
                return List.of();
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\\s+")[0]).toList();
        }
    }
}
