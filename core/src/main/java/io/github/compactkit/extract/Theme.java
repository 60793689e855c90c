package io.github.compactkit.extract;

import java.util.List;

/**
 * A theme of the commitment taxonomy: a stable id ("funding"), a label ("Funding and
 * commissioning") and the words that signal it (as written in the taxonomy file).
 */
public record Theme(String id, String label, List<String> words) {
    public Theme {
        words = List.copyOf(words);
    }
}
