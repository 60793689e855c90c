package io.github.compactkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.compactkit.report.Labels;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.DocumentType;
import io.github.compactkit.model.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTest {

    private static Compact compact(String file, String area) {
        return new Compact(Compact.SCHEMA_VERSION, new Source(file, "text/plain", null, null), null, area, null, null,
                DocumentType.COMPACT, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void areaFirstThenFileWithoutExtensionAndDistinctAlways() {
        List<String> labels = Labels.of(List.of(
                compact("westminster.txt", "Westminster"),
                compact("westminster.pdf", "Westminster"),
                compact("eastbrook.txt", null),
                compact("x/same.txt", "Same"),
                compact("y/same.txt", "Same")));
        assertEquals(List.of("Westminster (westminster.txt)", "Westminster (westminster.pdf)", "eastbrook",
                "Same (x/same.txt)", "Same (y/same.txt)"), labels);
        List<String> twins = Labels.of(List.of(compact("a.txt", "A"), compact("a.txt", "A")));
        assertEquals(List.of("A (a.txt)", "A (a.txt) #2"), twins);
    }
}
