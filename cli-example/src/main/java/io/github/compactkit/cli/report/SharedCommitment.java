package io.github.compactkit.cli.report;

import java.util.List;

/**
 * A commitment made, in equivalent words, by several compacts: the most common wording, its themes,
 * and each area's own wording.
 */
public record SharedCommitment(String representative, List<String> themes, List<Wording> wordings) {
    public SharedCommitment {
        themes = List.copyOf(themes);
        wordings = List.copyOf(wordings);
    }

    /** One area's wording, with its section. */
    public record Wording(String area, String section, String text) {
    }
}
