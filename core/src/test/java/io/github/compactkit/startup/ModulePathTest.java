package io.github.compactkit.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.Compacts;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library works as the module io.github.compactkit: in a fresh JVM with the library and its
 * dependencies on the module path (PDFBox, Tika and OpenNLP as automatic modules, resolved with
 * --add-modules ALL-MODULE-PATH as README says), text, PDF and DOCX parse to the same JSON as on the
 * class path, comparison runs, and an internal package is out of reach.
 */
class ModulePathTest {
    private static final Path CORPUS = Path.of("..", "corpus");
    /** Test frameworks stay off the module path: they are not the library's dependencies. */
    private static final List<String> TEST_ONLY = List.of("junit", "jqwik", "jazzer", "opentest4j", "apiguardian", "test-classes");

    @TempDir
    Path temp;

    @Test
    void parsesComparesAndHidesInternalsOnTheModulePath() throws Exception {
        List<Path> files = List.of(CORPUS.resolve("compacts/bromley.txt"), CORPUS.resolve("pdf/westvale.pdf"),
                CORPUS.resolve("docx/harbourside.docx"));
        String library = location(Compacts.class);
        List<String> entries = Stream.concat(Stream.of(library), Stream.of(System.getProperty("java.class.path").split(File.pathSeparator)))
                .distinct().toList();
        String modulePath = entries.stream().filter(e -> TEST_ONLY.stream().noneMatch(e::contains)).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-p", modulePath, "--add-modules", "ALL-MODULE-PATH", "-cp", location(ModuleProbe.class), ModuleProbe.class.getName()));
        files.forEach(f -> command.add(f.toString()));
        Path out = temp.resolve("out.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the probe finished");
        List<String> lines = Files.readAllLines(out);
        assertEquals(0, process.exitValue(), String.join("\n", lines));

        assertEquals("module io.github.compactkit", lines.get(0), "the library ran as its module");
        for (int k = 0; k < files.size(); k++) {
            var compact = Compacts.parse(files.get(k));
            assertEquals(files.get(k).getFileName() + " " + compact.undertakings().size() + " " + Compacts.toJson(compact).length(),
                    lines.get(1 + k), "same model as on the class path");
        }
        assertTrue(lines.get(1 + files.size()).startsWith("matches "), String.join("\n", lines));
        assertEquals("internal hidden", lines.get(2 + files.size()));
    }

    private static String location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().getPath();
    }
}
