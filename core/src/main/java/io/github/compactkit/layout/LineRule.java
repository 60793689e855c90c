package io.github.compactkit.layout;

import java.util.Optional;

/**
 * One convention of plain-text layout: reads a line's features and the layout's state, and proposes
 * what the line is, or abstains. Rules never change the state.
 */
interface LineRule {
    /** The rule's name, as {@code parse --explain} prints it. */
    String name();

    Optional<Vote> vote(LineFeatures f, LayoutView s);

    /** True for a rule that proposes for nearly every line (running text): not listed among the runners-up. */
    default boolean fallback() {
        return false;
    }

    default Optional<Vote> propose(Outcome outcome, String evidence) {
        return Optional.of(new Vote(name(), outcome, evidence));
    }
}
