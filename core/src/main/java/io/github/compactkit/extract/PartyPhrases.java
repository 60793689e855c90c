package io.github.compactkit.extract;

import io.github.compactkit.model.Party;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Recognises who is speaking in a heading or lead-in: the statutory side, the VCS, or both. */
final class PartyPhrases {
    private static final Pattern STATUTORY = WordPatterns.anyWord("statutory", "public[- ]bod(y|ies)", "public[- ]sector",
            "public[- ]agenc(y|ies)", "public[- ]services?", "councils?", "local[- ]authorit(y|ies)", "government", "nhs", "pcts?",
            "primary care trusts?", "police", "health (bodies|partners|services)", "commissioners", "funders");
    private static final Pattern VCS = WordPatterns.anyWord("voluntary", "vcs", "vcos?", "vcse", "vcfs", "vcfse", "faith sector",
            "third sector", "community sector", "community organisations", "community groups", "cvs", "civil society", "csos?",
            "charities", "the sector");
    private static final Pattern JOINT = WordPatterns.anyWord("joint", "jointly", "both sectors", "both parties", "both partners",
            "all partners", "the two sectors", "all parties", "compact partners", "partners to (the|this) compact", "each partner",
            "together", "signatories", "the partners", "shared (undertakings|commitments|responsibilities|obligations)", "mutual");
    /** A commitment verb or noun: what makes a heading or lead-in introduce undertakings. */
    private static final Pattern COMMITMENT = WordPatterns.anyWord("undertak\\w*", "commit\\w*", "will", "shall", "agrees?",
            "agreed", "pledges?", "promises?", "responsibilit\\w*", "obligations", "expectations", "we can expect", "role of");
    /** A council for voluntary service is VCS, not a council. */
    private static final Pattern CVS_NAME = Pattern.compile("council for voluntary serv\\w*|councils? for voluntary \\w+");
    /** "We" as the subject of a lead-in: the party comes from the section. */
    private static final Pattern WE = Pattern.compile("^(together,? )?we\\b");

    private PartyPhrases() {
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /** The party a phrase names, if any: both sides named (or "joint", "both sectors") is JOINT. */
    static Optional<Party> partyOf(String phrase) {
        String s = lower(phrase);
        boolean vcs = VCS.matcher(s).find();
        // "Voluntary and Community Sector" must not also count as statutory because of "community services".
        boolean statutory = STATUTORY.matcher(CVS_NAME.matcher(s).replaceAll("")).find();
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

    static boolean hasCommitmentWord(String phrase) {
        return COMMITMENT.matcher(lower(phrase)).find();
    }

    static boolean startsWithWe(String phrase) {
        return WE.matcher(lower(phrase).strip()).find();
    }

    static boolean isTogether(String phrase) {
        String s = lower(phrase);
        return s.startsWith("together") || s.contains("both sectors") || s.startsWith("jointly");
    }
}
