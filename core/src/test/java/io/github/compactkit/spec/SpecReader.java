package io.github.compactkit.spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the examples of the spec chapters: a fence of 32 backticks and " example", the input, a line
 * holding ".", the expected lines, and a closing fence. A "→" in the input is a tab.
 */
final class SpecReader {
    private static final String FENCE = "`".repeat(32);

    private SpecReader() {
    }

    static List<SpecExample> readAll(Path dir) throws IOException {
        List<SpecExample> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                all.addAll(read(file));
            }
        }
        return all;
    }

    static List<SpecExample> read(Path file) throws IOException {
        String chapter = file.getFileName().toString().replaceFirst("\\.md$", "");
        List<SpecExample> out = new ArrayList<>();
        String section = "";
        List<String> input = null;
        List<String> expected = null;
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (input == null && line.startsWith("## ")) {
                section = line.substring(3).strip();
            } else if (input == null && line.equals(FENCE + " example")) {
                input = new ArrayList<>();
            } else if (input != null && expected == null && line.equals(".")) {
                expected = new ArrayList<>();
            } else if (input != null && line.equals(FENCE)) {
                n++;
                String text = String.join("\n", input).replace('\u2192', '\t') + "\n";
                out.add(new SpecExample(chapter + "#" + n, section, text,
                        String.join("\n", expected == null ? List.of() : expected).strip()));
                input = null;
                expected = null;
            } else if (expected != null) {
                expected.add(line);
            } else if (input != null) {
                input.add(line);
            }
        }
        return out;
    }
}
