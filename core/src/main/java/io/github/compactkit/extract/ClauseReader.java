package io.github.compactkit.extract;

import io.github.compactkit.nlp.PartOfSpeech;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the main clause of a sentence that may commit someone: its subject (the words before the
 * modal or commitment verb, after any leading clause set off by a comma) and the verb the modal
 * governs. Part-of-speech tags decide what is a verb, so that "This part explains what each side
 * will do" is seen to put its "will" in a subordinate clause. Commitment evidence only: who the
 * subject is, is decided by {@link PartyResolver}.
 */
final class ClauseReader {
    /** Words that make a following "will" a commitment modal. */
    private static final Set<String> MODALS = Set.of("will", "shall");
    /** Verbs of commitment that take "to": "The VCS undertakes to …". */
    private static final Set<String> COMMITMENT_VERBS = Set.of("undertake", "undertakes", "agree", "agrees", "commit", "commits",
            "pledge", "pledges", "promise", "promises");
    /** Words that open a subordinate clause: a modal after one is not the sentence's own. */
    private static final Set<String> SUBORDINATORS = Set.of("what", "how", "whether", "if", "when", "whenever", "where", "because",
            "although", "though", "unless", "until", "while", "whereas", "since", "as", "so", "than", "why");
    /** Leading words of a subject that are not part of it: "so the Council will", "and it will". */
    private static final Set<String> CONNECTIVES = Set.of("and", "but", "so", "also", "then", "in", "return", "turn", "addition",
            "particular", "therefore", "furthermore", "moreover", "similarly", "likewise", "equally");
    /** Words that open a new subject after ", and" ("…, and many will …"): some of those named before, not one more of them. */
    private static final Set<String> QUANTIFIERS = Set.of("many", "some", "most", "few", "several", "others", "all", "each", "none");
    /** Verbs after "will" that predict or describe rather than commit. */
    private static final Set<String> NOT_COMMITTING = Set.of("find", "face", "want", "know", "see", "benefit", "feel",
            "depend", "notice", "expect", "receive", "get", "experience", "remain", "become", "vary", "happen", "mean", "apply",
            "differ", "come", "last", "cost", "include", "contain", "take", "disagree");
    private static final Pattern INCLUDE_IN = Pattern.compile("(?i)\\bwill\\s+include\\s+\\S.*\\s(in|into)\\s+(the|its|their|all|every|each|our)\\b");
    /** Verbs after "we will" with which authors describe their document: "In this part we will explain …". */
    private static final Set<String> DESCRIBING = Set.of("explain", "describe", "outline", "summarise", "introduce", "cover", "set",
            "discuss", "list", "show", "look", "consider", "begin", "start", "turn");
    /** "In this part", "below", "the following": authors describing their document, where "we will explain" is no promise. */
    private static final Pattern REFERS_TO_DOCUMENT = Pattern.compile(
            "(?i)\\b(this|next|following|previous|last|later|each) (section|part|chapter|document|compact|leaflet|guide|page|paper|booklet|annex|appendix)s?\\b"
                    + "|\\b(below|here|the following|in turn|next)\\b");
    /** Of {@link #NOT_COMMITTING}, verbs that do commit when followed by these words ("take account of", "set up"). */
    private static final Set<String> COMMITTING_AFTER_TAKE_OR_SET = Set.of("account", "into", "up", "out", "steps", "action", "part",
            "responsibility", "the", "a", "all", "every", "reasonable", "regard");

    private ClauseReader() {
    }

    /** The verb recorded for "is/are committed to": a stance the partners state, in lists a commitment. */
    static final String STANCE = "committed";

    /** A committing clause: its subject as written and the verb the modal governs. */
    record Clause(String subject, String verb, String fronted) {
        Clause(String subject, String verb) {
            this(subject, verb, "");
        }
    }

    /** Why a sentence was not read as a commitment, or the clause when it was. */
    record Reading(Optional<Clause> clause, String reason) {
        static Reading of(Clause c) {
            return new Reading(Optional.of(c), null);
        }

        static Reading not(String reason) {
            return new Reading(Optional.empty(), reason);
        }

        boolean commits() {
            return clause.isPresent();
        }
    }

    /** True when the sentence holds a modal or commitment verb worth reading (cheap, before tagging). */
    static boolean mayCommit(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        return s.contains("will ") || s.contains("shall ") || s.contains("undertake") || s.contains("agree")
                || s.contains("commit") || s.contains("pledge") || s.contains("promise");
    }

    /** Reads a sentence's main clause. */
    static Reading read(String sentence) {
        if (!mayCommit(sentence) || sentence.length() > 2_000) {
            return Reading.not("no modal");
        }
        String trimmed = sentence.strip();
        if (!trimmed.isEmpty() && "\"\u201C\u2018'".indexOf(trimmed.charAt(0)) >= 0) {
            return Reading.not("a quotation: someone's words, not the partners' commitment");
        }
        // Only the words up to a little past the first modal matter: tag no more (tagging costs by the word).
        PartOfSpeech.Tagged t = PartOfSpeech.tag(throughFirstModal(sentence));
        int modal = -1;
        for (int i = 1; i < t.size(); i++) {
            String w = t.token(i).toLowerCase(Locale.ROOT);
            boolean isModal = MODALS.contains(w) && (t.tag(i).equals("MD") || i + 1 < t.size() && t.tag(i + 1).startsWith("VB")
                    || i + 1 < t.size() && t.token(i + 1).equals(":"));
            boolean isCommitmentVerb = COMMITMENT_VERBS.contains(w) && i + 1 < t.size() && t.token(i + 1).equalsIgnoreCase("to");
            boolean committed = w.equals("committed") && i + 1 < t.size() && t.token(i + 1).equalsIgnoreCase("to");
            if (committed && Set.of("is", "are", "am", "remain", "remains").contains(t.token(i - 1).toLowerCase(Locale.ROOT))) {
                modal = i - 1; // "The partners are committed to …": the subject ends before the copula
                break;
            }
            if (isModal || isCommitmentVerb) {
                modal = i;
                break;
            }
        }
        if (modal < 0) {
            return Reading.not("no modal");
        }
        // The subject starts after the last clause boundary before the modal.
        int start = 0;
        for (int i = modal - 1; i >= 0; i--) {
            String tok = t.token(i);
            // "The Council, the CCG and the police will" lists the subject; ", and so we will" starts a new main clause.
            boolean listComma = tok.equals(",") && i + 1 < modal && (t.token(i + 1).equalsIgnoreCase("and") || t.token(i + 1).equalsIgnoreCase("or"))
                    && i + 2 < modal && !t.tag(i + 2).equals("PRP") && !CONNECTIVES.contains(t.token(i + 2).toLowerCase(Locale.ROOT))
                    && !QUANTIFIERS.contains(t.token(i + 2).toLowerCase(Locale.ROOT));
            if (!listComma && (tok.equals(",") || tok.equals(";") || tok.equals(":") || tok.equals("\u2013") || tok.equals("\u2014"))) {
                start = i + 1;
                break;
            }
        }
        if (start > 0 && t.token(start - 1).equals(",") && opensWithMainClause(t, start - 1)) {
            start = 0; // "This section explains what the Council, the CCG and the police will do": a list, not a fronted phrase
        }
        while (start < modal && CONNECTIVES.contains(t.token(start).toLowerCase(Locale.ROOT)) && modal - start > 1) {
            start++;
        }
        if (start >= modal) {
            return Reading.not("no subject before the modal");
        }
        String before = t.token(modal - 1).toLowerCase(Locale.ROOT);
        if ((before.equals("and") || before.equals("or") || before.equals("but")) && modal - 1 > start) {
            return Reading.not("the modal continues an earlier verb (\"" + t.token(modal - 1) + " " + t.token(modal) + "\")");
        }
        if (opensFrontedPhrase(t, start)) {
            // A fronted phrase with no comma ("By setting out the aims the Compact will …"): the subject is the last noun phrase.
            int last = -1;
            for (int i = modal - 1; i > start; i--) {
                String tag = t.tag(i);
                if (tag.equals("DT") || tag.equals("PRP") || tag.equals("PRP$")) {
                    last = i;
                    break;
                }
            }
            if (last < 0) {
                return Reading.not("no subject after the opening phrase");
            }
            for (int i = start + 1; i < last; i++) {
                String tag = t.tag(i);
                if ((tag.equals("VB") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VBD")) && Character.isLowerCase(t.token(i).charAt(0))) {
                    // "Under each commitment we explain what the partners will do": the opening phrase has its own verb.
                    return Reading.not("the modal follows another verb (\"" + t.token(i) + "\"): it is not the main clause");
                }
            }
            start = last;
        }
        if (modal - start > 14) {
            return Reading.not("the subject is too long to be a party");
        }
        // "Publish the criteria …" is an instruction; "Tarnfield CVS will …" is a name the tagger took for a verb.
        boolean name = start + 1 < modal && Character.isUpperCase(t.token(start + 1).charAt(0));
        if (t.tag(start).equals("VB") && modal - start > 1 && !name) {
            return Reading.not("an instruction (\"" + t.token(start) + " …\"), not a subject");
        }
        boolean relative = false;
        for (int i = start; i < modal; i++) {
            String w = t.token(i).toLowerCase(Locale.ROOT);
            String tag = t.tag(i);
            if (w.equals("that") || w.equals("who") || w.equals("which") || w.equals("whose")) {
                if (i == start) {
                    return Reading.not("\"" + t.token(i) + "\" opens a subordinate clause");
                }
                relative = true; // "Organisations that have signed up to the Compact will"
                continue;
            }
            if (!relative && SUBORDINATORS.contains(w)) {
                return Reading.not("the modal is in a clause opened by \"" + t.token(i) + "\"");
            }
            if (w.equals("(") && i + 2 < modal && t.token(i + 2).equals(")") && t.token(i + 1).matches("[A-Z][A-Za-z]{1,7}s?")) {
                i += 2; // "Voluntary and community organisations (VCOs) will": the acronym it defines
                continue;
            }
            if (w.equals("(") || w.equals(")")) {
                return Reading.not("the modal follows a parenthesis: its subject is unclear");
            }
            boolean capitalised = Character.isUpperCase(t.token(i).charAt(0)); // "Clinical Commissioning Group" is a name
            // "The partner receiving a written concern will": a participle describing the subject, not a verb of its own.
            // "a written concern", "the agreed plan": a verb form after a determiner describes the noun after it.
            boolean participle = w.endsWith("ing") && i > start || i > start && t.tag(i - 1).equals("DT");
            if (!relative && !capitalised && !participle && (tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VBD") || tag.equals("VB")) && i > start) {
                return Reading.not("the modal follows another verb (\"" + t.token(i) + "\"): it is not the main clause");
            }
        }
        String subject = joinTokens(t, start, modal);
        String fronted = joinTokens(t, 0, start);
        if (modal + 1 < t.size() && t.token(modal + 1).equalsIgnoreCase("committed")) {
            return Reading.of(new Clause(subject, STANCE, fronted));
        }
        if (!MODALS.contains(t.token(modal).toLowerCase(Locale.ROOT))) {
            return Reading.of(new Clause(subject, t.token(modal).toLowerCase(Locale.ROOT)));
        }
        // The verb the modal governs, past adverbs ("will also", "will not", "will always").
        int v = modal + 1;
        while (v < t.size()) {
            if (t.tag(v).startsWith("RB") || SKIPPED_AFTER_MODAL.contains(t.token(v).toLowerCase(Locale.ROOT))) {
                v++;
            } else if (t.token(v).equals(",")) {
                // "will, wherever possible, offer": skip the aside to its closing comma.
                int close = v + 1;
                while (close < t.size() && !t.token(close).equals(",") && close - v < 12) {
                    close++;
                }
                v = close + 1;
            } else {
                break;
            }
        }
        if (v >= t.size() || t.token(v).equals(":")) {
            // "Both sectors will:" — a lead-in whose items say what.
            return Reading.of(new Clause(subject, ":", fronted));
        }
        String verb = t.token(v).toLowerCase(Locale.ROOT);
        String next = v + 1 < t.size() ? t.token(v + 1).toLowerCase(Locale.ROOT) : "";
        if (verb.equals("be")) {
            int a = v + 1;
            while (a < t.size() && t.tag(a).startsWith("RB")) {
                a++;
            }
            if (a < t.size() && isParticiple(t, a) && !ADJECTIVES_AFTER_BE.contains(t.token(a).toLowerCase(Locale.ROOT))) {
                return Reading.not("a passive (\"will be " + t.token(a) + "\"): someone else acts");
            }
            return Reading.of(new Clause(subject, verb, fronted));
        }
        if (verb.equals("have") && (next.equals("the") || next.equals("a") || next.equals("no")) && v + 2 < t.size()
                && Set.of("right", "opportunity", "chance", "power", "freedom", "time", "difficulty").contains(t.token(v + 2).toLowerCase(Locale.ROOT))) {
            return Reading.not("\"will have the " + t.token(v + 2) + "\" states a right or a fact, not a commitment");
        }
        if (verb.equals("need")) {
            // "Groups will need help", "The Council will need to comply with …": a need or a duty, not a promise.
            return Reading.not("\"will need\" describes a need, not a commitment");
        }
        boolean intoAccount = verb.equals("take") && sentence.toLowerCase(Locale.ROOT).contains("into account");
        // "Quenby Council will include compact training in the induction of new staff" puts something in: an act.
        boolean includeIn = verb.equals("include") && INCLUDE_IN.matcher(sentence).find();
        if (NOT_COMMITTING.contains(verb) && !intoAccount && !includeIn && !((verb.equals("take") || verb.equals("set"))
                && COMMITTING_AFTER_TAKE_OR_SET.contains(next))) {
            return Reading.not("\"will " + verb + "\" predicts or describes rather than commits");
        }
        if (DESCRIBING.contains(verb) && subject.equalsIgnoreCase("we") && !(verb.equals("set") && next.equals("up"))
                && REFERS_TO_DOCUMENT.matcher(sentence).find()) {
            return Reading.not("\"we will " + verb + "\" describes the document, not a commitment");
        }
        if (!t.tag(v).startsWith("VB") && !t.tag(v).equals("NN") && !t.tag(v).equals("JJ")) {
            return Reading.not("no verb after the modal");
        }
        return Reading.of(new Clause(subject, verb, fronted));
    }

    /**
     * True when the words before the comma at {@code comma} are a main clause of their own (a subject and
     * a finite verb, not an opening phrase such as "Where a grant is agreed" or "In return"), and the
     * comma is not followed by a connective starting a new clause ("…, and so we will").
     */
    private static boolean opensWithMainClause(PartOfSpeech.Tagged t, int comma) {
        String first = t.token(0).toLowerCase(Locale.ROOT);
        String tag0 = t.tag(0);
        if (SUBORDINATORS.contains(first) || CONNECTIVES.contains(first) || tag0.equals("IN") || tag0.equals("WRB")
                || tag0.equals("RB") || tag0.equals("TO") || tag0.equals("VBG") || tag0.equals("VBN")) {
            return false;
        }
        if (comma + 1 < t.size() && CONNECTIVES.contains(t.token(comma + 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 1; i < comma; i++) {
            String tag = t.tag(i);
            if ((tag.equals("VB") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VBD")) && Character.isLowerCase(t.token(i).charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern FIRST_MODAL = Pattern.compile(
            "(?i)\\b(will|shall|undertakes?|agrees?|commits?|committed|pledges?|promises?)\\b");

    private static String throughFirstModal(String sentence) {
        Matcher m = FIRST_MODAL.matcher(sentence);
        if (!m.find()) {
            return sentence;
        }
        int end = m.end();
        int words = 0;
        while (end < sentence.length() && words < 8) {
            if (sentence.charAt(end) == ' ') {
                words++;
            }
            end++;
        }
        return sentence.substring(0, end).strip();
    }

    /** True when a phrase starts with a bare verb: an imperative item ("Publish the criteria …"). */
    /**
     * A preposition or "-ing" form opening the words before the modal ("By setting out …", "Under this Compact …"),
     * not a name the tagger took for one ("Upperby County Council will …").
     */
    private static boolean opensFrontedPhrase(PartOfSpeech.Tagged t, int start) {
        String w = t.token(start).toLowerCase(Locale.ROOT);
        return t.tag(start).equals("IN") && FRONTING_WORDS.contains(w) || t.tag(start).equals("VBG") && w.endsWith("ing");
    }

    /** Prepositions and subordinators that open a phrase before the subject. */
    private static final Set<String> FRONTING_WORDS = Set.of("in", "on", "at", "by", "for", "with", "from", "after", "before", "under",
            "through", "during", "within", "as", "if", "although", "though", "because", "since", "until", "unless", "while", "whilst",
            "to", "of", "about", "across", "over", "between", "following", "throughout", "upon", "into", "alongside", "beyond",
            "despite", "like", "towards", "without", "once", "whether", "that", "where", "when", "so", "than", "beside", "besides",
            "among", "amongst", "against", "around", "outside", "inside", "via", "per", "out", "off", "up", "down", "near");

    static boolean isImperative(String item) {
        return PartOfSpeech.startsWithBaseVerb(item);
    }

    /** Words between the modal and its verb: "will each name", "will both publish", "will not". */
    private static final Set<String> SKIPPED_AFTER_MODAL = Set.of("not", "each", "both", "all", "jointly", "together", "also",
            "always", "normally", "usually", "continue", "to");
    /** Words after "will be" that describe the subject's own stance, not something done to it. */
    private static final Set<String> ADJECTIVES_AFTER_BE = Set.of("committed", "prepared", "open", "clear", "honest", "willing",
            "responsible", "accountable", "transparent", "fair", "able", "ready", "available", "involved", "engaged", "mindful", "aware");
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("given", "told", "made", "held", "sent", "shown", "taken", "known",
            "seen", "done", "kept", "paid", "sought", "brought", "set", "put", "met", "heard", "found", "run", "led", "chosen", "written");

    private static boolean isParticiple(PartOfSpeech.Tagged t, int i) {
        String w = t.token(i).toLowerCase(Locale.ROOT);
        return t.tag(i).equals("VBN") || t.tag(i).equals("VBD") || w.endsWith("ed") && w.length() > 4 || IRREGULAR_PARTICIPLES.contains(w);
    }

    /** Words that open a sentence continuing the one before: "Where this is not possible, …", "This will include …". */
    private static final Set<String> CONTINUING = Set.of("where", "if", "when", "unless", "wherever", "whenever", "this", "these",
            "such", "otherwise", "in", "for", "however", "that", "any", "each");

    /** True when a sentence qualifies the one before rather than saying something new. */
    static boolean continuesPrevious(String sentence) {
        String s = sentence.strip();
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return CONTINUING.contains(s.substring(0, end).toLowerCase(Locale.ROOT));
    }

    private static String joinTokens(PartOfSpeech.Tagged t, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (sb.length() > 0 && !t.token(i).startsWith("'")) {
                sb.append(' ');
            }
            sb.append(t.token(i));
        }
        return sb.toString();
    }
}
