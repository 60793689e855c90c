package io.github.compactkit.semantic.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.Compacts;
import io.github.compactkit.compare.CompactComparator;
import io.github.compactkit.semantic.SemanticSimilarity;
import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The semantic jar as built (after packaging, so its manifest is there): it is the automatic module
 * io.github.compactkit.semantic (named in its manifest, not derived from the file name). An automatic
 * module exports every package it holds, so the jar must hold its API package alone: an internal
 * package added to it would be exported, and this test says so. Then, in a fresh JVM with the jar,
 * the core and their dependencies on the module path, the encoder loads and a comparison by meaning
 * gives what it gives on the class path.
 */
class SemanticModuleIT {
    private static final String SEMANTIC = "io.github.compactkit.semantic";
    /** Test frameworks and test fixtures stay off the module path: they are not the module's dependencies. */
    private static final List<String> TEST_ONLY = List.of("junit", "opentest4j", "apiguardian", "test-classes", "-tests.jar");
    private static final Path CORPUS = Path.of("..", "corpus");

    @TempDir
    Path temp;

    @Test
    void theJarIsTheAutomaticModuleNamedInItsManifestHoldingItsApiAlone() {
        ModuleDescriptor semantic = descriptor(jar());
        assertEquals(SEMANTIC, semantic.name(), "Automatic-Module-Name, not the file's name");
        assertTrue(semantic.isAutomatic(), "the langchain4j jars have no stable module names to require (package-info)");
        assertEquals(Set.of(SEMANTIC), semantic.packages(), "an automatic module exports all its packages: a new one is a decision");
    }

    @Test
    void comparesByMeaningOnTheModulePath() throws Exception {
        Path a = CORPUS.resolve("compacts/bromley.txt");
        Path b = CORPUS.resolve("compacts/westvale.txt");
        // the packaged jar stands for this module's classes, wherever the test run found them
        Stream<String> dependencies = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.equals(location(SemanticSimilarity.class)) && TEST_ONLY.stream().noneMatch(e::contains));
        String modulePath = Stream.concat(Stream.of(jar().toString(), location(Compacts.class)), dependencies)
                .distinct().collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-p", modulePath, "--add-modules", "ALL-MODULE-PATH", "-cp", location(SemanticModuleProbe.class),
                SemanticModuleProbe.class.getName(), a.toString(), b.toString()));
        Path out = temp.resolve("out.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "the probe finished");
        List<String> lines = Files.readAllLines(out);
        assertEquals(0, process.exitValue(), String.join("\n", lines));

        assertEquals("module " + SEMANTIC + " automatic true", lines.get(0), "the similarity ran as its module");
        assertEquals(SemanticModuleProbe.cosines(SemanticSimilarity.create()), lines.get(1), "the same vectors as on the class path");
        int matches = SemanticSimilarity.register(CompactComparator.builder()).build()
                .compare(Compacts.parse(a), Compacts.parse(b)).matches().size();
        assertTrue(matches > 0);
        assertEquals("matches " + matches, lines.get(2), "the same comparison as on the class path");
    }

    /** The packaged jar, which the build names (failsafe runs after packaging). */
    private static Path jar() {
        Path jar = Path.of(System.getProperty("semantic.jar"));
        assertTrue(Files.isRegularFile(jar), jar + " was packaged");
        return jar;
    }

    private static ModuleDescriptor descriptor(Path location) {
        var found = ModuleFinder.of(location).findAll();
        assertEquals(1, found.size(), "one module at " + location);
        return found.iterator().next().descriptor();
    }

    private static String location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().getPath();
    }
}
