package io.github.compactkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The compacts shipped with compactkit: the repository's corpus/compacts folder when run from a
 * checkout, else the copies bundled in the jar (module compactkit-corpus), unpacked to a folder.
 */
final class BundledCorpus {
    static final String RESOURCE_DIR = "io/github/compactkit/corpus/compacts/";
    static final Path CHECKOUT_DIR = Path.of("corpus", "compacts");

    private BundledCorpus() {
    }

    /** A folder holding the bundled documents; {@code scratch} receives them when unpacking is needed. */
    static Path folder(Path scratch) throws IOException {
        if (Files.isDirectory(CHECKOUT_DIR)) {
            return CHECKOUT_DIR;
        }
        URL url = BundledCorpus.class.getClassLoader().getResource(RESOURCE_DIR);
        if (url == null) {
            throw new IOException("the bundled corpus is missing from the class path (" + RESOURCE_DIR + ")");
        }
        Path target = scratch.resolve("documents");
        Files.createDirectories(target);
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copyAll(jar.getPath(RESOURCE_DIR), target);
                }
            } else {
                copyAll(Path.of(uri), target);
            }
        } catch (URISyntaxException e) {
            throw new IOException("bad class path entry " + url, e);
        }
        return target;
    }

    private static void copyAll(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(from)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                Files.copy(in, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
