package io.github.compactkit.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.compactkit.Compacts;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The core's descriptor, as built: the API packages README names are exported to everyone, extract
 * to the report module alone, and only the packages Jackson serialises are opened, to Jackson alone.
 * Exporting or opening another package fails here until this list (and README) say so.
 */
class ModuleDescriptorTest {
    private static final String CORE = "io.github.compactkit";
    private static final Set<String> JACKSON = Set.of("com.fasterxml.jackson.databind");

    @Test
    void exportsTheApiAndOpensTheSerialisedPackagesToJacksonAlone() {
        var found = ModuleFinder.of(Path.of(Compacts.class.getProtectionDomain().getCodeSource().getLocation().getPath())).findAll();
        assertEquals(1, found.size());
        ModuleDescriptor core = found.iterator().next().descriptor();
        assertEquals(CORE, core.name());
        assertFalse(core.isAutomatic() || core.isOpen(), "an explicit, closed module");
        Map<String, Set<String>> exports = core.exports().stream().collect(Collectors.toMap(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets));
        assertEquals(Map.of(CORE, Set.of(), CORE + ".model", Set.of(), CORE + ".io", Set.of(), CORE + ".compare", Set.of(),
                CORE + ".ingest", Set.of(), CORE + ".extract", Set.of("io.github.compactkit.report")), exports,
                "an empty target set is an export to everyone");
        Map<String, Set<String>> opens = core.opens().stream().collect(Collectors.toMap(ModuleDescriptor.Opens::source, ModuleDescriptor.Opens::targets));
        assertEquals(Map.of(CORE, JACKSON, CORE + ".model", JACKSON, CORE + ".io", JACKSON, CORE + ".compare", JACKSON), opens);
    }
}
