package io.github.compactkit.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** English function words plus the genre's boilerplate verbs ("will", "undertake"), from a resource file. */
final class StopWords {
    private static final Set<String> WORDS = load();

    private StopWords() {
    }

    static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = StopWords.class.getResourceAsStream("stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("stopwords.txt missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
