package io.github.compactkit.extract;

import io.github.compactkit.model.Party;

/**
 * What the items under a heading or after a lead-in are. {@code firm} undertakings come from a
 * lead-in or heading that says both who and that they commit ("The Council will:"); a heading that
 * only names a party ("Part 2 The Council") gives a party, and its items must show that they commit.
 */
record Context(Kind kind, Party party, boolean firm) {
    enum Kind { NONE, PRINCIPLES, UNDERTAKINGS, ACTIONS, GLOSSARY, PARTNERS, MEASURES }

    static final Context NONE = new Context(Kind.NONE, null, false);
    static final Context PRINCIPLES = new Context(Kind.PRINCIPLES, null, true);
    static final Context ACTIONS = new Context(Kind.ACTIONS, null, true);
    static final Context GLOSSARY = new Context(Kind.GLOSSARY, null, true);
    static final Context PARTNERS = new Context(Kind.PARTNERS, null, true);
    /** How success will be measured ("How we will know it is working"): indicators, not commitments. */
    static final Context MEASURES = new Context(Kind.MEASURES, null, true);

    static Context undertakings(Party party) {
        return new Context(Kind.UNDERTAKINGS, party, true);
    }

    /** A part about one party whose heading does not itself say that it lists commitments. */
    static Context partyPart(Party party) {
        return new Context(Kind.UNDERTAKINGS, party, false);
    }

    boolean is(Kind k) {
        return kind == k;
    }
}
