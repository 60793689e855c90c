package io.github.compactkit.extract;

import io.github.compactkit.model.Party;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises who a phrase names — the statutory side, the VCS, or both — from the party vocabulary
 * in {@code parties.txt}, the one place where the genre's names for the parties live.
 */
final class PartyPhrases {
    private static final Pattern EVERYONE_LABEL =
            Pattern.compile("(?i)(all( partners| signatories)?|both( sectors)?|joint(ly)?|everyone|shared)");
    private static final Map<String, Pattern> VOCABULARY = load();
    private static final Pattern STATUTORY = VOCABULARY.get("STATUTORY");
    private static final Pattern VCS = VOCABULARY.get("VCS");
    private static final Pattern JOINT = VOCABULARY.get("JOINT");
    /** VCS bodies whose names hold a statutory word: a council for voluntary service is VCS, not a council. */
    private static final Pattern NOT_STATUTORY = VOCABULARY.get("NOT_STATUTORY");
    /** A commitment verb or noun: what makes a heading or lead-in introduce undertakings. */
    private static final Pattern COMMITMENT = WordPatterns.anyWord("undertak\\w*", "commit\\w*", "will", "shall", "agrees?",
            "agreed", "pledges?", "promises?", "responsibilit\\w*", "obligations", "expectations", "we can expect", "role of",
            "should", "do", "does", "offer", "offers", "expect");
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("^(.+?)\\s+(?:that|who|which)\\s+\\S.*$");
    /** "We" as the subject of a lead-in: the party comes from the section. */
    private static final Pattern WE = Pattern.compile("^(together,? )?(we|our)\\b");

    private PartyPhrases() {
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /**
     * The party a phrase names, if any: both sides named (or "joint", "both sectors") is JOINT. A clause
     * after "that", "who" or "which" narrows the words before it ("VCSE organisations that sign up to this
     * Compact"): when those words name a party, the clause adds none.
     */
    static Optional<Party> partyOf(String phrase) {
        Matcher relative = RELATIVE_CLAUSE.matcher(lower(phrase));
        if (relative.matches()) {
            Optional<Party> head = partyOfWords(relative.group(1));
            if (head.isPresent()) {
                return head;
            }
        }
        return partyOfWords(phrase);
    }

    private static Optional<Party> partyOfWords(String phrase) {
        String s = lower(phrase);
        boolean vcs = VCS.matcher(s).find();
        boolean statutory = STATUTORY.matcher(NOT_STATUTORY.matcher(s).replaceAll(" ")).find();
        if (JOINT.matcher(s).find() || (vcs && statutory)) {
            return Optional.of(Party.JOINT);
        }
        if (statutory) {
            return Optional.of(Party.STATUTORY);
        }
        if (vcs) {
            return Optional.of(Party.VCS);
        }
        return Optional.empty();
    }

    /** The phrase with every party name replaced by "party": what is left says whether it is about a topic. */
    static String withoutPartyNames(String phrase) {
        String s = NOT_STATUTORY.matcher(lower(phrase)).replaceAll(" party ");
        s = JOINT.matcher(s).replaceAll(" party ");
        s = VCS.matcher(s).replaceAll(" party ");
        return STATUTORY.matcher(s).replaceAll(" party ");
    }

    /**
     * The sector a definition's meaning names, from the sector words alone: "the county council and
     * the district councils, acting together" is the statutory side, not both sectors.
     */
    static Optional<Party> sectorOf(String meaning) {
        String s = lower(meaning);
        boolean vcs = VCS.matcher(s).find();
        boolean statutory = STATUTORY.matcher(NOT_STATUTORY.matcher(s).replaceAll(" ")).find();
        if (vcs && statutory) {
            return Optional.of(Party.JOINT);
        }
        return statutory ? Optional.of(Party.STATUTORY) : vcs ? Optional.of(Party.VCS) : partyOf(meaning);
    }

    static boolean hasCommitmentWord(String phrase) {
        return COMMITMENT.matcher(lower(phrase)).find();
    }

    static boolean startsWithWe(String phrase) {
        return WE.matcher(lower(phrase).strip()).find();
    }

    /**
     * A short label that by itself means every partner: a row label "Together", a tag "[All]", "Both sectors",
     * "All partners", "Joint" (not a topic such as "Working together").
     */
    static boolean namesEveryone(String label) {
        return isTogether(label) || EVERYONE_LABEL.matcher(label.strip()).matches();
    }

    static boolean isTogether(String phrase) {
        String s = lower(phrase);
        return s.startsWith("together") || s.contains("both sectors") || s.startsWith("jointly");
    }

    private static Map<String, Pattern> load() {
        Map<String, List<String>> words = SectionedWordList.read("parties.txt", List.of("STATUTORY", "VCS", "JOINT", "NOT_STATUTORY"));
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        words.forEach((k, v) -> patterns.put(k, WordPatterns.anyWord(v.toArray(String[]::new))));
        return patterns;
    }
}
