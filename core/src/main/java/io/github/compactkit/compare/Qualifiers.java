package io.github.compactkit.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The strength of a commitment: the first qualifying phrase it uses ("aim to", "where possible",
 * "endeavour"), from the resource {@code qualifiers.txt}, or null when it is firm.
 */
final class Qualifiers {
    private static final Pattern PATTERN = compile();

    private Qualifiers() {
    }

    /** The earliest qualifier in the text, lower-cased, or null for a firm commitment. */
    static String find(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = PATTERN.matcher(text.toLowerCase(Locale.ROOT));
        return m.find() ? m.group().replaceAll("\\s+", " ") : null;
    }

    private static Pattern compile() {
        List<String> phrases = new ArrayList<>();
        try (InputStream in = Qualifiers.class.getResourceAsStream("qualifiers.txt")) {
            if (in == null) {
                throw new IllegalStateException("qualifiers.txt missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    phrases.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Longest first, so "where reasonably possible" wins over "reasonably possible".
        phrases.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alternation = new StringBuilder();
        for (String phrase : phrases) {
            if (alternation.length() > 0) {
                alternation.append('|');
            }
            alternation.append(Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q"));
        }
        return Pattern.compile("\\b(?:" + alternation + ")\\b");
    }
}
