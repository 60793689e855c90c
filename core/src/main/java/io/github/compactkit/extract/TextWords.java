package io.github.compactkit.extract;

/** Counts words the way the extractors need it: runs of non-space characters. */
final class TextWords {
    private TextWords() {
    }

    static int count(String s) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean word = !Character.isWhitespace(s.charAt(i));
            if (word && !inWord) {
                count++;
            }
            inWord = word;
        }
        return count;
    }
}
