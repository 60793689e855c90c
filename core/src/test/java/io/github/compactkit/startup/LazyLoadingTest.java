package io.github.compactkit.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.Compacts;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader's library is loaded only when a document of its format is met: a text parse loads no
 * PDFBox, Tika or POI class, a PDF parse no Tika or POI class. Each parse runs in a fresh JVM whose
 * class loading is logged, since a JVM that ran other tests has loaded everything already.
 */
class LazyLoadingTest {
    private static final Path CORPUS = Path.of("..", "corpus");

    @TempDir
    Path temp;

    @Test
    void textParseLoadsNoFormatLibrary() throws Exception {
        List<String> classes = classesLoadedParsing(CORPUS.resolve("compacts/harbourside.txt"));
        assertTrue(classes.stream().anyMatch(c -> c.startsWith("io.github.compactkit.ingest.PlainTextReader")), "the text was read");
        assertEquals(List.of(), libraryClasses(classes, "org.apache.pdfbox."));
        assertEquals(List.of(), libraryClasses(classes, "org.apache.tika."));
        assertEquals(List.of(), libraryClasses(classes, "org.apache.poi."));
    }

    @Test
    void pdfParseLoadsPdfBoxOnly() throws Exception {
        List<String> classes = classesLoadedParsing(CORPUS.resolve("pdf/westvale.pdf"));
        assertTrue(!libraryClasses(classes, "org.apache.pdfbox.").isEmpty(), "PDFBox read the PDF");
        assertEquals(List.of(), libraryClasses(classes, "org.apache.tika."));
        assertEquals(List.of(), libraryClasses(classes, "org.apache.poi."));
    }

    /**
     * The test's classes, the library's and every dependency, as one class path: surefire may run the
     * tests on the module path (the library has a module descriptor), where they are not on java.class.path.
     */
    private static String classPath() {
        Stream<String> own = Stream.of(ParseOnce.class, Compacts.class)
                .map(c -> c.getProtectionDomain().getCodeSource().getLocation().getPath());
        Stream<String> rest = Stream.of("jdk.module.path", "java.class.path")
                .map(System::getProperty).filter(Objects::nonNull).filter(p -> !p.isEmpty())
                .flatMap(p -> Stream.of(p.split(File.pathSeparator)));
        return Stream.concat(own, rest).distinct().collect(Collectors.joining(File.pathSeparator));
    }

    private static List<String> libraryClasses(List<String> classes, String prefix) {
        return classes.stream().filter(c -> c.startsWith(prefix)).limit(5).toList();
    }

    /** The class names a fresh JVM loads while parsing {@code file}, from its class-loading log. */
    private List<String> classesLoadedParsing(Path file) throws IOException, InterruptedException {
        Path log = temp.resolve("classes.log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xlog:class+load=info:file=" + log,
                "-cp", classPath(), ParseOnce.class.getName(), file.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("out.txt").toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the parse finished");
        assertEquals(0, process.exitValue(), Files.readString(temp.resolve("out.txt")));
        try (var lines = Files.lines(log)) {
            // "[0.123s][info][class,load] org.example.Name source: ..."
            return lines.map(l -> l.replaceFirst("^.*\\[class,load\\] ", "").split(" ", 2)[0]).toList();
        }
    }
}
