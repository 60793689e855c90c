package io.github.compactkit.extract;

import io.github.compactkit.model.Party;

/** What the items under a heading or after a lead-in are. */
record Context(Kind kind, Party party) {
    enum Kind { NONE, PRINCIPLES, UNDERTAKINGS, ACTIONS, GLOSSARY, PARTNERS }

    static final Context NONE = new Context(Kind.NONE, null);
    static final Context PRINCIPLES = new Context(Kind.PRINCIPLES, null);
    static final Context ACTIONS = new Context(Kind.ACTIONS, null);
    static final Context GLOSSARY = new Context(Kind.GLOSSARY, null);
    static final Context PARTNERS = new Context(Kind.PARTNERS, null);

    static Context undertakings(Party party) {
        return new Context(Kind.UNDERTAKINGS, party);
    }

    boolean is(Kind k) {
        return kind == k;
    }
}
