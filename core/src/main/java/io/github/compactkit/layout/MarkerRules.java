package io.github.compactkit.layout;

import java.util.Optional;

/** Rules that read a marker at the start of a line: bullets and enumerators. */
final class MarkerRules {
    private MarkerRules() {
    }

    /** "• Consult groups early", "- Funding", "o Premises": a bulleted list item. */
    record Bullet() implements LineRule {
        @Override
        public String name() {
            return "bullet marker";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            return f.bullet() == null ? Optional.empty()
                    : propose(Outcome.BULLET_ITEM, "marker '" + f.bullet().marker() + "'" + (f.bullet().text().isEmpty() ? " with no text" : ""));
        }
    }

    /** "(a) publish grant criteria", "(iv) …", "b. …": an enumerated list item (not "J. Smith"). */
    record Enumerator() implements LineRule {
        @Override
        public String name() {
            return "enumerator marker ((a), (i), a.)";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            return f.enumerated() == null || f.initial() ? Optional.empty()
                    : propose(Outcome.ENUMERATED_ITEM, "marker '" + f.enumerated().marker() + "'");
        }
    }
}
