package io.github.compactkit.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

    @Test
    void listsTheSeedsWithTheirGold() {
        Corpus corpus = Corpus.bundled();
        List<String> names = corpus.documents().stream().map(CorpusDocument::name).toList();
        assertTrue(names.containsAll(List.of("westminster", "bromley", "havering", "west-kent", "local-compacts-user-guide")), names.toString());
        CorpusDocument westminster = corpus.find("westminster").orElseThrow();
        assertEquals("westminster.txt", westminster.fileName());
        assertEquals("text/plain", westminster.primary().mediaType());
        assertTrue(westminster.text().contains("The Statutory Sector Undertakes to:"));
        GoldAnnotation gold = westminster.gold().orElseThrow();
        assertEquals("Westminster", gold.area());
        assertEquals(57, gold.undertakings().size());
        assertEquals(17, gold.actionPoints().size());
        assertEquals("2006-06", gold.actionPoints().get(0).targetEdtf());
        assertEquals(List.of("WCC", "PCT"), gold.actionPoints().get(0).leads());
        assertEquals(12, gold.quantities().get(0).value());
        assertEquals(17, gold.glossary().count());
    }

    @Test
    void findsByFileNameToo() {
        assertEquals("havering", Corpus.bundled().find("havering.txt").orElseThrow().name());
        assertTrue(Corpus.bundled().find("nowhere").isEmpty());
    }

    @Test
    void theGuideIsNotACompact() {
        GoldAnnotation guide = Corpus.bundled().find("local-compacts-user-guide").orElseThrow().gold().orElseThrow();
        assertFalse(guide.isCompact());
        assertTrue(guide.undertakings().isEmpty());
    }

    @Test
    void everyAnnotatedDocumentReadsAndNamesItsFile() {
        for (CorpusDocument doc : Corpus.bundled().annotated()) {
            GoldAnnotation gold = doc.gold().orElseThrow();
            assertEquals(doc.fileName(), gold.file(), doc.name());
            assertFalse(doc.text().isBlank(), doc.name());
        }
    }

    @Test
    void copiesARenderingToADirectory(@TempDir Path dir) throws IOException {
        CorpusDocument bromley = Corpus.bundled().find("bromley").orElseThrow();
        Path copy = bromley.copyTo(dir.resolve("out"));
        assertEquals("bromley.txt", copy.getFileName().toString());
        assertArrayEquals(bromley.bytes(), Files.readAllBytes(copy));
    }
}
