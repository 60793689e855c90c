package io.github.compactkit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The look-ahead only prunes: every match is the one the plain word-boundary pattern finds. */
class WordPatternsTest {
    private static final String[] ALTERNATIVES = {"councils?", "public[- ]bod(y|ies)", "vcs", "the sector", "commit\\w*", "nhs"};
    private static final Pattern PLAIN = Pattern.compile("\\b(" + String.join("|", ALTERNATIVES) + ")\\b");
    private static final Pattern PRUNED = WordPatterns.anyWord(ALTERNATIVES);

    @Property(tries = 1000)
    void findsWhatThePlainPatternFinds(@ForAll("phrases") String text) {
        Matcher plain = PLAIN.matcher(text);
        Matcher pruned = PRUNED.matcher(text);
        while (true) {
            boolean found = plain.find();
            assertEquals(found, pruned.find(), text);
            if (!found) {
                return;
            }
            assertEquals(plain.start(), pruned.start(), text);
            assertEquals(plain.group(1), pruned.group(1), text);
        }
    }

    @Provide
    Arbitrary<String> phrases() {
        Arbitrary<String> words = Arbitraries.of("council", "councils", "the", "sector", "vcs", "vcsx", "public", "body", "bodies",
                "public-body", "commitment", "commit", "nhs", "xnhs", "and", ",", ":", "-", "(the", "sector)", "Council");
        return words.list().ofMaxSize(12).map(list -> String.join(" ", list));
    }

    @Test
    void refusesAnAlternativeThatDoesNotStartWithALetter() {
        assertThrows(IllegalArgumentException.class, () -> WordPatterns.anyWord("council", "(the|a) sector"));
    }
}
