package io.github.compactkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the documents a batch run reads: every file under a folder with a supported extension. The
 * others are listed with the reason they are not read, so nothing is left out silently.
 */
final class SupportedFiles {
    /** Extensions (lower case, no dot) of the formats the parser reads. */
    static final Set<String> EXTENSIONS = Set.of("txt", "text", "md", "pdf", "docx", "doc", "odt", "rtf", "html", "htm");

    /** A file under the folder that is not read, and why (relative name, '/' separators). */
    record NotRead(String file, String reason) {
    }

    /** What a folder holds: the files to read, sorted, and the ones left out with their reason. */
    record Listing(List<Path> files, List<NotRead> notRead) {
    }

    /**
     * The files under {@code dir} to read, and the rest with a reason. {@code exclude}, when not
     * null, is a folder inside {@code dir} (the run's output) that is not read at all.
     */
    static Listing scan(Path dir, Path exclude) throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        List<NotRead> notRead = new java.util.ArrayList<>();
        boolean excluded = false;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                if (exclude != null && file.startsWith(exclude)) {
                    excluded = true;
                } else if (isSupported(file)) {
                    files.add(file);
                } else {
                    notRead.add(new NotRead(relativeName(dir, file), whyNot(file)));
                }
            }
        }
        if (excluded) {
            notRead.add(new NotRead(relativeName(dir, exclude) + "/", "the output folder of this run"));
        }
        return new Listing(files, notRead);
    }

    /** Why a file is not read: hidden, no extension, or a format the parser does not take. */
    static String whyNot(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (name.startsWith(".")) {
            return "hidden file";
        }
        String supported = "supported: " + EXTENSIONS.stream().sorted().collect(Collectors.joining(", "));
        if (dot < 0) {
            return "no file extension (" + supported + ")";
        }
        return "not a supported format ." + name.substring(dot + 1) + " (" + supported + ")";
    }

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
