package io.github.compactkit.extract;

import io.github.compactkit.nlp.TextTokens;
import io.github.compactkit.model.Party;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a heading or a lead-in sentence introduces: shared principles, one party's
 * undertakings, action points, a glossary, the list of partners — or nothing in particular.
 */
final class ContextClassifier {
    /** "Putting the principles into practice", "Applying the principles": how they are used, not the principles themselves. */
    private static final Pattern PRINCIPLES_APPLIED = WordPatterns.anyWord("putting", "applying", "using", "into practice", "in practice");
    private static final Pattern PRINCIPLES = WordPatterns.anyWord("principles?", "values", "what we value", "what we believe", "believe in", "beliefs", "ethos");
    private static final Pattern ACTIONS = WordPatterns.anyWord("action points?", "action plan", "actions", "implementation plan");
    private static final Pattern MEASURES = WordPatterns.anyWord("how we will know", "how will we know", "measures of success",
            "success measures", "measuring success", "measuring progress", "performance indicators", "indicators of success");
    private static final Pattern GLOSSARY = WordPatterns.anyWord("glossary", "definitions?", "abbreviations", "acronyms", "terms used",
            "key terms", "words we use", "terms we use", "what we mean by", "jargon buster", "explanation of terms");
    private static final Pattern PARTNERS = Pattern.compile(
            "\\b((partners|parties|signatories) (to|of) (the|this) compact (are|comprise|include)|compact between|(is|are) signed by|signatories (are|include))\\s*(the following)?\\s*:?$");
    /** A lead-in that ends in a verb of commitment: "The Council will:", "VCS partners agree to:". */
    /** A lead-in to the results hoped for ("… expect the agreement to lead to:"), not to anyone's promises. */
    private static final Pattern OUTCOMES = Pattern.compile("\\b(lead to|result in|bring about)\\s*[:;]$");
    private static final Pattern LEAD_IN_VERB = Pattern.compile(
            "\\b(will|shall|undertakes? to|commits? to|agrees? to|agree the following|are committed to|is committed to|pledges? to"
                    + "|promises? to|will aim to|will seek to|can expect|(?:have|has) (?:agreed|promised|pledged|undertaken) to|undertake the following"
                    + "|commitments?|undertakings?|should|must)(\\s+(all|each|both|also|jointly|together))?\\s*(the following|that)?\\s*[:;]?$"
                    + "|\\b(will|shall|agrees? to|agreed to|undertakes? to|commits? to|should)\\b.{0,50}\\b(below|following|these( \\w+)?)\\s*:$");
    private static final Pattern SIGNATORIES = Pattern.compile("^(the )?(signatories|signatures|who (has|have) signed( (the|this) compact)?|signed( on behalf of)?( by)?)\\s*:?$");
    private static final Pattern RECIPIENT = Pattern.compile("^(our\\s+(?:commitments?|undertakings?|promises?|pledges?))\\s+(?:to|for)\\s+.*$");
    /** "What the VCSE sector can expect from public bodies": the body after "from" is the one that commits. */
    private static final Pattern EXPECT_FROM = Pattern.compile("\\bcan expect (?:from|of) (.+)$");
    /** "that have signed up to the Compact": a relative clause about signing, inside a subject. */
    private static final Pattern SIGNED_CLAUSE = Pattern.compile(
            "\\b(that|who|which)\\s+(have|has)\\s+(signed|agreed|adopted|endorsed)( up)?( to)? (the|this) (compact|agreement|charter)\\b");
    /** "We" with "together" or "jointly" in one title: all the partners. */
    private static final Pattern WE_TOGETHER = Pattern.compile("\\bwe\\b.*\\b(together|jointly)\\b|\\b(together|jointly)\\b.*\\bwe\\b");
    /** A lead-in to a list of examples or members, not of commitments. */
    private static final Pattern LIST_OF_EXAMPLES = Pattern.compile(
            "\\b(applies to|apply to|includes?|including|such as|for example|e\\.g\\.|covers?|means|examples?|as follows|are|is)\\s*:$");
    /** Words that make a heading about a party a heading about a topic concerning it ("Working with the VCS"). */
    private static final Pattern TOPIC_OF = Pattern.compile("\\b(with|to|for|on|about|from|between|by|of|in|into|within|across|supporting|"
            + "funding|involving|working|engaging)\\b|^\\w+ing\\b");

    private ContextClassifier() {
    }

    /** The context a heading title sets for the section under it. */
    static Context ofHeading(String title) {
        if (title == null || title.isBlank()) {
            return Context.NONE;
        }
        // "Our commitments to the VCSE sector": the party after "to" receives the commitments, it does not make them.
        String s = RECIPIENT.matcher(PartyPhrases.lower(title)).replaceAll("$1");
        if (GLOSSARY.matcher(s).find()) {
            return Context.GLOSSARY;
        }
        Optional<Party> expectedFrom = expectedFrom(s);
        if (expectedFrom.isPresent()) {
            return Context.undertakings(expectedFrom.get()); // what the reader can expect is what the other side promises
        }
        if (MEASURES.matcher(s).find()) {
            return Context.MEASURES; // "How we will know it is working": a list of indicators, whoever they concern
        }
        if (SIGNATORIES.matcher(s).find()) {
            return Context.PARTNERS; // "Signatories", "Who has signed the Compact": a list of bodies, not commitments
        }
        if (ACTIONS.matcher(s).find() && !s.contains("undertak")) {
            return Context.ACTIONS;
        }
        Optional<Party> party = PartyPhrases.partyOf(s);
        if (party.isPresent() && PartyPhrases.hasCommitmentWord(s)) {
            return Context.undertakings(party.get());
        }
        if (party.isEmpty() && WE_TOGETHER.matcher(s).find() && PartyPhrases.hasCommitmentWord(s)) {
            return Context.undertakings(Party.JOINT); // "What will we do together?": every partner at once
        }
        if (PRINCIPLES.matcher(s).find()) {
            return PRINCIPLES_APPLIED.matcher(s).find() ? Context.NONE : Context.PRINCIPLES;
        }
        if (party.isPresent() && namesOnlyAParty(s)) {
            return Context.partyPart(party.get()); // "Part 2 The Council", "Voluntary and Community Organisations"
        }
        return Context.NONE;
    }

    /** The party after "can expect from" ("… can expect from public bodies"): the one that promises. */
    private static Optional<Party> expectedFrom(String text) {
        Matcher expected = EXPECT_FROM.matcher(text);
        return expected.find() ? PartyPhrases.partyOf(expected.group(1)) : Optional.empty();
    }

    /** A heading whose subject is a party ("The Council"), not a topic concerning one ("Working with the VCS"). */
    private static boolean namesOnlyAParty(String title) {
        String t = title.replaceFirst("^(part|section|chapter)\\s+\\w+\\s*[:.\\-\u2013\u2014]?\\s*", "").strip();
        // "Copperfield Council for Voluntary Service" names a body: the "for" inside its name is no topic.
        return TextTokens.wordCount(t) <= 7 && !TOPIC_OF.matcher(PartyPhrases.withoutPartyNames(t)).find();
    }

    /** True when a heading title has a commitment word but names no party: "Our commitments", "What we will do". */
    static boolean isCommitmentHeadingWithoutParty(String title) {
        String s = PartyPhrases.lower(title);
        return PartyPhrases.partyOf(s).isEmpty() && PartyPhrases.hasCommitmentWord(s);
    }

    /**
     * The context a lead-in paragraph (ending with ":" or ";") sets for the list after it, given
     * the context of its section. Empty when the paragraph is not a lead-in, or a lead-in that
     * names nobody, so that the section's context applies.
     */
    static Optional<Context> ofLeadIn(String paragraph, Context section) {
        String text = paragraph.strip();
        if (!(text.endsWith(":") || text.endsWith(";") || text.toLowerCase().endsWith("the following"))) {
            return Optional.empty();
        }
        String s = PartyPhrases.lower(text);
        String clause = lastClause(s);
        if (PARTNERS.matcher(s).find()) {
            return Optional.of(Context.PARTNERS);
        }
        if (PRINCIPLES.matcher(clause).find()) {
            return Optional.of(Context.PRINCIPLES);
        }
        Optional<Party> expectedFrom = expectedFrom(clause.replaceFirst("[:;]$", ""));
        if (expectedFrom.isPresent()) {
            return Optional.of(Context.undertakings(expectedFrom.get()));
        }
        if (!LEAD_IN_VERB.matcher(clause).find()) {
            if (OUTCOMES.matcher(clause).find()) {
                return Optional.of(Context.NONE); // "The parties expect the agreement to lead to:" — hoped-for results
            }
            // "Undertakings for the Council:" reads like a heading; "These include:" leaves it to the section.
            Context asHeading = ofHeading(clause);
            if (asHeading.is(Context.Kind.UNDERTAKINGS) && asHeading.party() == Party.JOINT && section.is(Context.Kind.PRINCIPLES)) {
                return Optional.of(Context.PRINCIPLES); // "The parties to this Charter agree that:" under "Shared Principles"
            }
            if (asHeading.is(Context.Kind.UNDERTAKINGS) && asHeading.firm()) {
                return Optional.of(asHeading);
            }
            if (!PartyPhrases.hasCommitmentWord(clause) && LIST_OF_EXAMPLES.matcher(clause).find()) {
                return Optional.of(Context.NONE); // "It applies to:", "These include:" — a list that commits nobody
            }
            // "In return, public bodies:" — a bare party name before the colon introduces its list.
            Optional<Party> bare = PartyPhrases.partyOf(clause);
            if (bare.isPresent() && bare.get() == Party.JOINT && section.is(Context.Kind.PRINCIPLES)) {
                return Optional.of(Context.PRINCIPLES);
            }
            if (bare.isPresent() && text.endsWith(":") && TextTokens.wordCount(clause) <= 6 && !TOPIC_OF.matcher(clause).find()) {
                return Optional.of(Context.undertakings(bare.get()));
            }
            return Optional.empty();
        }
        if (PartyPhrases.isTogether(s) && !section.is(Context.Kind.PRINCIPLES)) {
            return Optional.of(Context.undertakings(Party.JOINT)); // "Together, the signatories will:"
        }
        if (PartyPhrases.startsWithWe(clause)) {
            if (PartyPhrases.isTogether(clause)) {
                return Optional.of(Context.undertakings(Party.JOINT));
            }
            if (section.is(Context.Kind.UNDERTAKINGS)) {
                return Optional.of(Context.undertakings(section.party())); // "We will:" in a party's part
            }
            if (section.is(Context.Kind.PRINCIPLES)) {
                return Optional.of(section);
            }
            return Optional.of(Context.undertakings(Party.JOINT));
        }
        Optional<Party> party = partyOfSubject(clause, s);
        if (party.isEmpty()) {
            // Someone other than the parties ("The Steering Group will:") — unless principles are being listed.
            return Optional.of(section.is(Context.Kind.PRINCIPLES) ? section : Context.NONE);
        }
        if (party.get() == Party.JOINT && section.is(Context.Kind.PRINCIPLES)) {
            return Optional.of(Context.PRINCIPLES);
        }
        return Optional.of(Context.undertakings(party.get()));
    }

    /**
     * The party a lead-in's subject names. "Voluntary organisations that have signed up to the Compact
     * will:" is the voluntary side: a relative clause about signing narrows the party named before it;
     * it names the signatories only when nothing else does ("Organisations that have signed up …").
     */
    private static Optional<Party> partyOfSubject(String clause, String leadIn) {
        Optional<Party> party = PartyPhrases.partyOf(clause);
        String narrowed = SIGNED_CLAUSE.matcher(leadIn).replaceAll(" ");
        Optional<Party> named = PartyPhrases.partyOf(narrowed);
        return party.isPresent() && party.get() == Party.JOINT && named.isPresent() ? named : party;
    }

    /** The last clause of a sentence: "To deliver its purpose, the partners agree to:" → "the partners agree to:". */
    private static String lastClause(String s) {
        int cut = Math.max(s.lastIndexOf(". "), s.lastIndexOf(", "));
        String clause = cut >= 0 && s.length() - cut > 12 ? s.substring(cut + 2) : s;
        return clause.strip();
    }
}
