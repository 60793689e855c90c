package io.github.compactkit.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses what a line is from the votes of an ordered registry of rules. Every rule votes; the
 * registry's order is the priority, so the first rule that proposes decides and the later proposals
 * are kept as runners-up (transitions and fallbacks are not listed). A transition is returned like
 * any decision: the caller applies it and asks again from the rule after it.
 */
final class Decider {
    private final List<LineRule> rules;

    Decider(List<LineRule> rules) {
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a decider needs at least one rule");
        }
        this.rules = List.copyOf(rules);
    }

    List<LineRule> rules() {
        return rules;
    }

    /**
     * Lets the rules from position {@code from} vote on a line.
     *
     * @throws IllegalStateException when no rule proposes: a registry must end in a rule that always does
     */
    Decision decide(LineFeatures features, LayoutView state, int from) {
        Vote chosen = null;
        int position = -1;
        List<Vote> others = new ArrayList<>();
        for (int k = from; k < rules.size(); k++) {
            LineRule rule = rules.get(k);
            Optional<Vote> vote = rule.vote(features, state);
            if (vote.isEmpty()) {
                continue;
            }
            if (chosen == null) {
                chosen = vote.get();
                position = k;
            } else if (!rule.fallback() && !vote.get().outcome().transition()) {
                others.add(vote.get());
            }
        }
        if (chosen == null) {
            throw new IllegalStateException("no rule proposed anything for line " + features.index());
        }
        return new Decision(chosen, position, chosen.outcome().transition() ? List.of() : others);
    }
}
