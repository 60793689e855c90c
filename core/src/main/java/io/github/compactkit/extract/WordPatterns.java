package io.github.compactkit.extract;

import java.util.regex.Pattern;

/** Builds the "any of these words" patterns that classify headings and lead-ins. */
final class WordPatterns {
    private WordPatterns() {
    }

    /**
     * A pattern finding any of {@code alternatives} (regular expressions, each starting with a
     * literal letter) as whole words: {@code \b(a|b|…)\b}, the words in group 1. A look-ahead on the
     * alternatives' first letters comes first, so that the matcher leaves every other position
     * after one character test instead of a word-boundary test and a try of each alternative.
     */
    static Pattern anyWord(String... alternatives) {
        StringBuilder first = new StringBuilder();
        for (String alternative : alternatives) {
            char c = alternative.isEmpty() ? 0 : alternative.charAt(0);
            if (!Character.isLetter(c)) {
                throw new IllegalArgumentException("an alternative must start with a literal letter: " + alternative);
            }
            if (first.indexOf(String.valueOf(c)) < 0) {
                first.append(c);
            }
        }
        return Pattern.compile("(?=[" + first + "])\\b(" + String.join("|", alternatives) + ")\\b");
    }
}
