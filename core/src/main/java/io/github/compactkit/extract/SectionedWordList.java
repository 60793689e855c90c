package io.github.compactkit.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a vocabulary file of this package: "[SECTION]" lines, then one entry per line under each;
 * blank lines and "#" comments are skipped. The vocabulary lives in these files, once.
 */
final class SectionedWordList {
    private SectionedWordList() {
    }

    /** The entries of each section, in file order; fails when a section in {@code required} is missing. */
    static Map<String, List<String>> read(String resource, List<String> required) {
        Map<String, List<String>> words = new LinkedHashMap<>();
        try (InputStream in = SectionedWordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    current = t.substring(1, t.length() - 1);
                    words.put(current, new ArrayList<>());
                } else if (current != null) {
                    words.get(current).add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        for (String needed : required) {
            if (!words.containsKey(needed)) {
                throw new IllegalStateException(resource + " has no [" + needed + "] section");
            }
        }
        return words;
    }
}
