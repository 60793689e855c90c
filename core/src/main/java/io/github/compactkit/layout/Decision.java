package io.github.compactkit.layout;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the {@link Decider} chose for a line: the winning vote, its rule's place in the registry, and
 * the other rules' proposals (the runners-up).
 */
record Decision(Vote chosen, int position, List<Vote> others) {
    Decision {
        others = List.copyOf(others);
    }

    /** " — evidence (also proposed: rule; rule)": what {@code parse --explain} prints after the rule's name. */
    String trace() {
        String also = others.isEmpty() ? ""
                : " (also proposed: " + others.stream().map(Vote::rule).collect(Collectors.joining("; ")) + ")";
        return " \u2014 " + chosen.evidence() + also;
    }
}
