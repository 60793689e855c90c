package io.github.compactkit.report;

import java.util.List;

/**
 * A commitment made, in equivalent words, by several compacts: the most common wording, its themes,
 * how many areas make it, and its wordings, each with the areas that use it (most used first; at
 * most {@link ReportBuilder#MAX_WORDINGS_SHOWN}, {@code moreWordings} counting the rest).
 */
public record SharedCommitment(String representative, List<String> themes, int areas, List<Wording> wordings,
                               int moreWordings) {
    public SharedCommitment {
        themes = List.copyOf(themes);
        wordings = List.copyOf(wordings);
    }

    /** One wording, the areas that use it (in corpus order) and the section of the first. */
    public record Wording(String text, List<String> areas, String section) {
        public Wording {
            areas = List.copyOf(areas);
        }
    }
}
