package io.github.compactkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.Compacts;
import io.github.compactkit.model.Compact;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CompactJsonTest {
    private static final Path WESTMINSTER = Path.of("..", "corpus", "compacts", "westminster.txt");

    @Test
    void sameInputSameBytesAndRoundTrip() throws Exception {
        String a = Compacts.toJson(Compacts.parse(WESTMINSTER));
        String b = Compacts.toJson(Compacts.parse(WESTMINSTER));
        assertEquals(a, b);
        Compact back = CompactJson.read(a);
        assertEquals(Compacts.parse(WESTMINSTER), back);
    }

    @Test
    void contractFieldNamesInOrder() throws Exception {
        String json = Compacts.toJson(Compacts.parse(Files.readString(WESTMINSTER)));
        int last = -1;
        for (String field : new String[] {"\"schemaVersion\"", "\"source\"", "\"title\"", "\"area\"", "\"date\"", "\"status\"",
                "\"documentType\"", "\"sections\"", "\"principles\"", "\"undertakings\"", "\"actionPoints\"", "\"glossary\"",
                "\"partners\"", "\"warnings\""}) {
            int at = json.indexOf(field);
            assertTrue(at > last, field + " out of order");
            last = at;
        }
        assertTrue(json.contains("\"targetDate\" : \"2006-06\""));
        assertTrue(json.contains("\"leads\" : [ \"WCC\", \"PCT\" ]"));
    }

    @Test
    void olderJsonWithoutALaterListReadsItAsEmpty() throws Exception {
        String json = Compacts.toJson(Compacts.parse(WESTMINSTER));
        int from = json.indexOf(",\n  \"diagnostics\"");
        String older = json.substring(0, from) + "\n}";
        Compact back = CompactJson.read(older);
        assertTrue(back.diagnostics().isEmpty());
        assertEquals(Compacts.parse(WESTMINSTER).undertakings(), back.undertakings());
    }
}
