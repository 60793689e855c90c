package io.github.compactkit.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.compactkit.ingest.PlainTextReader;
import io.github.compactkit.ingest.SourceLine;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberedSequencesTest {
    private static LineFeatures[] features(String text) {
        List<SourceLine> lines = PlainTextReader.fromText(text, "t.txt", "text/plain", "x").lines();
        String[] clean = lines.stream().map(l -> TextCleaner.clean(l.text())).toArray(String[]::new);
        LineFeatureReader reader = new LineFeatureReader(lines, clean, new boolean[lines.size()]);
        LineFeatures[] f = new LineFeatures[lines.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = clean[i].isEmpty() ? null : reader.read(i);
        }
        NumberedSequences.mark(f);
        return f;
    }

    @Test
    void siblingsShareOneSequenceWithItsCountOfSentenceBodies() {
        LineFeatures[] f = features("""
                1 Funding

                1.1 The Council will pay grants in advance.

                1.2 The CVS will publish a directory of groups.

                1.3 Premises

                2 Review
                """);
        NumberedSequences.Sequence items = f[2].sequence();
        assertEquals(new NumberedSequences.Sequence("1.1", "1.3", 3, 2), items);
        assertEquals(items, f[6].sequence(), "every sibling carries the whole sequence");
        assertEquals(new NumberedSequences.Sequence("1", "2", 2, 0), f[0].sequence());
        assertEquals("1.1\u20131.3: 2 of 3 bodies are sentences", items.describe());
        assertNull(features("Funding\n")[0].sequence());
    }

    @Test
    void aNumberThatDoesNotFollowStartsANewSequence() {
        LineFeatures[] f = features("4.1 Grants\n4.2 Loans\n4.7 Premises\n");
        assertEquals(new NumberedSequences.Sequence("4.1", "4.2", 2, 0), f[0].sequence());
        assertEquals(new NumberedSequences.Sequence("4.7", "4.7", 1, 0), f[2].sequence());
    }
}
