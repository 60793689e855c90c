package io.github.compactkit.extract;

import io.github.compactkit.model.Party;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one place that decides which party makes a commitment, from the evidence gathered before it:
 * the sentence's own subject, the document's definitions and acronyms ("'the Council' also means the
 * CCG", "ECVS"), the party of the sentence before (for "it" and "they"), and the context set by the
 * lead-in and every heading above (for "we" and for items with no subject). The answer says which
 * evidence decided.
 */
final class PartyResolver {
    private static final Pattern PRONOUN = Pattern.compile("(?i)^(it|they|he|she|each of them|both of them)$");
    private static final Pattern WE = Pattern.compile("(?i)^(we|we all|we each|each of us|all of us)$");
    private static final Pattern NOBODY = Pattern.compile("(?i)^(this|these|there|the compact|this compact|this agreement|the agreement"
            + "|this document|the document|this code|the code|this section|this part|this plan|it all|that)$");
    /** "Many local charities will be unable to …": a generalisation about some of a sector, not a party promising. */
    private static final Pattern SOME_OF = Pattern.compile("(?i)^(many|some|most|few|several|a few|a number of|certain|not all|no|other)\\b.*");

    private final Map<String, String> definitions;

    /** {@code definitions}: a term ("ECVS", "the Council") → what the document says it means. */
    PartyResolver(Map<String, String> definitions) {
        this.definitions = definitions;
    }

    /** Whether a subject speaks of some of a sector ("many", "some groups"), which no party's promise does. */
    static boolean generalises(String subject) {
        return SOME_OF.matcher(subject.strip()).matches();
    }

    /** A decided party and the evidence that decided it. */
    record Resolved(Party party, String evidence) {
    }

    /**
     * The party of a clause whose subject is {@code subject}; {@code previous} is the party of the
     * commitment just before (for pronouns), {@code context} what the headings and lead-in say.
     */
    Optional<Resolved> ofSubject(String subject, Party previous, Context context) {
        return ofSubject(subject, "", previous, context);
    }

    /** As {@link #ofSubject(String, Party, Context)}, with the clause fronted before the subject ("Where the Council …, it"). */
    Optional<Resolved> ofSubject(String subject, String fronted, Party previous, Context context) {
        String s = subject.strip();
        if (NOBODY.matcher(s).matches() || SOME_OF.matcher(s).matches()) {
            return Optional.empty();
        }
        if (WE.matcher(s).matches() && context.firm() && context.party() == Party.JOINT) {
            // "Together we will:" or a part on what we will do together: all the partners, whoever "we" is elsewhere.
            return Optional.of(new Resolved(Party.JOINT, "\"we\" in a part about that party"));
        }
        Optional<Party> defined = defined(s);
        if (defined.isPresent()) {
            return Optional.of(new Resolved(defined.get(), "the document defines \"" + s + "\""));
        }
        if (PRONOUN.matcher(s).matches()) {
            Optional<Party> named = fronted.isBlank() ? Optional.empty() : PartyPhrases.partyOf(expand(fronted));
            if (named.isPresent() && !(s.equalsIgnoreCase("it") && named.get() == Party.JOINT)) {
                return Optional.of(new Resolved(named.get(), "\"" + s + "\" refers to the party named before it in the sentence"));
            }
            if (previous != null) {
                return Optional.of(new Resolved(previous, "\"" + s + "\" refers to the party of the sentence before"));
            }
            return context.party() != null ? Optional.of(new Resolved(context.party(), "\"" + s + "\" in a part about that party"))
                    : Optional.empty();
        }
        if (WE.matcher(s).matches()) {
            if (context.party() != null) {
                return Optional.of(new Resolved(context.party(), "\"we\" in a part about that party"));
            }
            // Outside any part about a party, "we" may be the authors explaining the document: no evidence.
            return Optional.empty();
        }
        // Acronyms spelt out name more ("The Council and OPCO" → "… and Oakhollow Community Organisations"), but
        // "NHS Tollbridge" spelt out ("National Health Service …") names nothing: then the name as written.
        Optional<Party> named = PartyPhrases.partyOf(expand(s)).or(() -> PartyPhrases.partyOf(s));
        if (named.isEmpty() && PartyPhrases.isTogether(fronted)) {
            // "Together, partners will …": acting together is the two sectors' joint commitment.
            return Optional.of(new Resolved(Party.JOINT, "\"together\" before the subject \"" + s + "\""));
        }
        return named.map(p -> new Resolved(p, "the subject \"" + s + "\" names it"));
    }

    /** The party of an item or sentence with no subject of its own: the lead-in's or the headings'. */
    Optional<Resolved> ofContext(Context context) {
        return context.party() == null ? Optional.empty()
                : Optional.of(new Resolved(context.party(), context.firm() ? "the lead-in or heading names it" : "a heading above names it"));
    }

    /** The subject with the document's acronyms and defined terms spelt out: "The Council and OPCO" → "… and Oakhollow …". */
    private String expand(String subject) {
        if (definitions.isEmpty()) {
            return subject;
        }
        StringBuilder out = new StringBuilder();
        for (String word : subject.split("\\s+")) {
            String meaning = word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                    ? definitions.get(word.toLowerCase(Locale.ROOT)) : null;
            out.append(out.length() == 0 ? "" : " ").append(meaning != null ? meaning : word);
        }
        return out.toString();
    }

    private Optional<Party> defined(String subject) {
        String bare = subject.replaceFirst("(?i)^the\\s+", "");
        for (String key : new String[] {subject, bare, "the " + bare}) {
            String meaning = definitions.get(key.toLowerCase(Locale.ROOT));
            if (meaning != null && PartyPhrases.sectorOf(meaning).isPresent()) {
                return PartyPhrases.sectorOf(meaning);
            }
        }
        return Optional.empty();
    }
}
