package io.github.compactkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the documents a batch run reads: every file under a folder with a supported extension. */
final class SupportedFiles {
    /** Extensions (lower case, no dot) of the formats the parser reads. */
    static final Set<String> EXTENSIONS = Set.of("txt", "text", "md", "pdf", "docx", "odt", "rtf", "html", "htm");

    private SupportedFiles() {
    }

    /** The supported regular files under {@code dir}, sorted by path so runs are repeatable. */
    static List<Path> under(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(SupportedFiles::isSupported)
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    /** True when the file's extension names a supported format (hidden files are skipped). */
    static boolean isSupported(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (name.startsWith(".") || dot < 0) {
            return false;
        }
        return EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The path of {@code file} relative to {@code dir}, with '/' separators on every platform. */
    static String relativeName(Path dir, Path file) {
        Path rel = dir.relativize(file);
        return rel.toString().replace(rel.getFileSystem().getSeparator(), "/");
    }
}
