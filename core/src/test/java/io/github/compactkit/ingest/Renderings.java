package io.github.compactkit.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The committed PDF and DOCX renderings of the corpus compacts, and checks shared by their tests. */
final class Renderings {
    static final Path CORPUS = Path.of("..", "corpus");

    private Renderings() {
    }

    /** Names (without extension) of the compacts that have a rendering with this extension. */
    static List<String> names(String extension) {
        try (Stream<Path> files = Files.list(CORPUS.resolve(extension))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("." + extension))
                    .map(n -> n.substring(0, n.length() - extension.length() - 1))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String name, String extension) {
        try {
            return Files.readAllBytes(CORPUS.resolve(extension).resolve(name + "." + extension));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sourceText(String name) {
        try {
            return Files.readString(CORPUS.resolve("compacts").resolve(name + ".txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lower-case letters and digits only, single spaces: comparable across formats. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace("**", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * Where each line's opening words occur in the source text, in line order (-1 when absent).
     * Used to check reading order: the positions of found lines must rise.
     */
    static List<Integer> positionsInSource(List<SourceLine> lines, String source) {
        String haystack = normalise(source);
        List<Integer> positions = new ArrayList<>();
        int from = 0;
        for (SourceLine line : lines) {
            String probe = normalise(line.text());
            if (probe.length() < 25) {
                continue;
            }
            probe = probe.substring(0, Math.min(60, probe.length()));
            int next = haystack.indexOf(probe, from);
            int anywhere = next >= 0 ? next : haystack.indexOf(probe);
            positions.add(anywhere);
            if (next >= 0) {
                from = next;
            }
        }
        return positions;
    }
}
