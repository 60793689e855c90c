package io.github.compactkit.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    @Test
    void abbreviationsDoNotEndSentences() {
        List<String> s = SentenceSplitter.split("We will review grants, e.g. at the annual meeting, after two years. "
                + "We will consult for 12 weeks.");
        assertEquals(2, s.size());
        assertEquals("We will consult for 12 weeks.", s.get(1));
    }
}
