package io.github.compactkit.report.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.Compacts;
import io.github.compactkit.report.HtmlReportWriter;
import io.github.compactkit.report.MarkdownReportWriter;
import io.github.compactkit.report.ReportBuilder;
import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
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
 * The report module's descriptor, as built: it is the module io.github.compactkit.report, exports
 * its API package alone (a package added to the module stays internal unless this test's list grows
 * with it), opens nothing, reads the core transitively, and is the module the core exports
 * {@code extract} to. Then it resolves and writes the README's report in a fresh JVM on the module
 * path, where the core's {@code extract} stays out of reach of anyone else.
 */
class ReportModuleTest {
    private static final String REPORT = "io.github.compactkit.report";
    private static final String CORE = "io.github.compactkit";
    /** Test frameworks and test fixtures stay off the module path: they are not the modules' dependencies. */
    private static final List<String> TEST_ONLY = List.of("junit", "opentest4j", "apiguardian", "test-classes", "-tests.jar");
    private static final Path CORPUS = Path.of("..", "corpus");

    @TempDir
    Path temp;

    @Test
    void exportsTheReportPackageAloneAndReadsTheCoreTransitively() {
        ModuleDescriptor report = descriptor(HtmlReportWriter.class);
        assertEquals(REPORT, report.name());
        assertFalse(report.isAutomatic() || report.isOpen(), "an explicit, closed module");
        assertEquals(Set.of(REPORT), report.exports().stream().map(Exports::source).collect(Collectors.toSet()));
        assertTrue(report.exports().stream().noneMatch(Exports::isQualified), "the API is exported to everyone");
        assertEquals(Set.of(), report.opens(), "nothing is read reflectively");
        assertTrue(report.requires().stream().anyMatch(r -> r.name().equals(CORE) && r.modifiers().contains(Requires.Modifier.TRANSITIVE)),
                "its API speaks the core's types: " + report.requires());
        assertEquals(Set.of(REPORT), report.packages(), "a new package is a decision: export it here or say why not");
    }

    @Test
    void theCoreExportsItsThemeTaxonomyToThisModuleAlone() {
        ModuleDescriptor core = descriptor(Compacts.class);
        assertEquals(CORE, core.name());
        List<Exports> extract = core.exports().stream().filter(e -> e.source().equals(CORE + ".extract")).toList();
        assertEquals(1, extract.size(), core.exports().toString());
        assertEquals(Set.of(descriptor(HtmlReportWriter.class).name()), extract.get(0).targets(),
                "the core's qualified export names this module");
    }

    @Test
    void resolvesAndWritesTheReadmeReportOnTheModulePath() throws Exception {
        String modulePath = modulePath();
        ModuleFinder finder = ModuleFinder.of(Stream.of(modulePath.split(File.pathSeparator)).map(Path::of).toArray(Path[]::new));
        Configuration resolved = Configuration.resolve(finder, List.of(ModuleLayer.boot().configuration()), ModuleFinder.of(), Set.of(REPORT));
        assertTrue(resolved.findModule(CORE).isPresent(), "the report module's requires resolve to the core");

        Path a = CORPUS.resolve("compacts/bromley.txt");
        Path b = CORPUS.resolve("compacts/westvale.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-p", modulePath, "--add-modules", "ALL-MODULE-PATH", "-cp", location(ReportModuleProbe.class),
                ReportModuleProbe.class.getName(), a.toString(), b.toString()));
        Path out = temp.resolve("out.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the probe finished");
        List<String> lines = Files.readAllLines(out);
        assertEquals(0, process.exitValue(), String.join("\n", lines));

        assertEquals("module " + REPORT, lines.get(0), "the writers ran as their module");
        var ca = Compacts.parse(a);
        var cb = Compacts.parse(b);
        var report = ReportBuilder.pair("A and B", ca, cb, io.github.compactkit.compare.Comparisons.compare(ca, cb));
        assertEquals("html " + HtmlReportWriter.write(report).length() + " true heatmaps " + report.heatmaps().size(), lines.get(1),
                "the same page as on the class path");
        assertEquals("markdown " + MarkdownReportWriter.write(report).length(), lines.get(2));
        assertEquals("extract hidden", lines.get(3), "the core's extract package is exported to the report module only");
    }

    /** The report, the core and their dependencies as this build resolved them. */
    private static String modulePath() {
        return Stream.concat(Stream.of(location(HtmlReportWriter.class), location(Compacts.class)),
                        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator)))
                .distinct().filter(e -> TEST_ONLY.stream().noneMatch(e::contains)).collect(Collectors.joining(File.pathSeparator));
    }

    private static ModuleDescriptor descriptor(Class<?> type) {
        var found = ModuleFinder.of(Path.of(location(type))).findAll();
        assertEquals(1, found.size(), "one module at " + location(type));
        return found.iterator().next().descriptor();
    }

    private static String location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().getPath();
    }
}
