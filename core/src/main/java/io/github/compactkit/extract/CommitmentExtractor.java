package io.github.compactkit.extract;

import io.github.compactkit.nlp.TextTokens;
import io.github.compactkit.layout.Block;
import io.github.compactkit.layout.Heading;
import io.github.compactkit.layout.ListItem;
import io.github.compactkit.layout.Paragraph;
import io.github.compactkit.layout.TableRow;
import io.github.compactkit.model.Diagnostic;
import io.github.compactkit.model.Party;
import io.github.compactkit.model.Principle;
import io.github.compactkit.model.Span;
import io.github.compactkit.nlp.PartOfSpeech;
import io.github.compactkit.nlp.SentenceSplitter;
import io.github.compactkit.structure.LocatedBlock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds shared principles and sector undertakings in every kind of block: list items under a lead-in
 * or a heading that says whose they are (nested items folded into their parent), numbered paragraphs
 * and sentences of running prose that commit a party, and named or listed principles. Whether a
 * sentence commits is read by {@link ClauseReader}; who commits is decided by {@link PartyResolver}.
 * What is set aside is reported as a {@link Diagnostic}.
 */
final class CommitmentExtractor {
    /** "Name – text", "Name: text", and (after bold markers are removed) "Name. Text". */
    private static final Pattern NAMED = Pattern.compile("^([A-Z][^.:;\u2013\u2014]{1,60}?)(?:\\s*:|\\s+[-\u2013\u2014])\\s+(\\S.*)$");
    /** A column header that ends at its modal ("All partners will"): the column's cells complete it. */
    private static final Pattern ENDS_WITH_MODAL = Pattern.compile("(?i).*\\b(will|shall|should|agrees? to|commits? to|undertakes? to)\\s*:?$");
    private static final Pattern RUN_IN = Pattern.compile("^([A-Z][\\w'-]*(?:\\s+(?:and|of|for|&|[A-Z][\\w'-]*)){0,3})\\.\\s+([A-Z].*)$");
    /** "Mutual respect. Each sector …": a name in sentence case, two to four words, run in before its text. */
    /**
     * "We value diversity, which means …", "We believe in accountability: …": a principle stated as what the
     * partners hold to; its name is the value named, its text the whole statement.
     */
    private static final Pattern VALUE_STATEMENT = Pattern.compile(
            "^We (?:value|believe in|respect|uphold|champion|are committed to) ([a-z][a-z'-]+(?:\\s+(?:and\\s+)?[a-z'-]+){0,2})"
                    + "(?:,\\s*which means|,\\s*because|\\s*:|\\.)\\s+\\S.*$");
    private static final Pattern SENTENCE_CASE_RUN_IN = Pattern.compile("^([A-Z][a-z'-]+(?:\\s+[a-z'&-]+){1,3})\\.\\s+([A-Z].*)$");
    private static final Pattern VERB_IN_NAME = Pattern.compile("\\b(is|are|was|were|will|shall|should|must|can|may|has|have|do|does)\\b");
    private static final Pattern LABEL_RUN_IN = Pattern.compile("(?i)^(?:principle|value)\\s+\\d{1,2}\\s+([A-Z].{20,})$");
    /** First words that open a sentence, never a principle's name. */
    private static final Set<String> NOT_A_NAME = Set.of("The", "This", "These", "Those", "Our", "Each", "All",
            "Both", "Every", "We", "A", "An", "In", "It", "They", "Its", "Their", "Any", "Some", "Most", "Many", "For", "As", "If");
    /**
     * "Mutual Respect Each partner values …", "MUTUAL RESPECT Each partner …": a name in Title Case or
     * capitals run into its sentence (a card title that lost its line in a PDF or Word rendering).
     */
    private static final Pattern BARE_RUN_IN = Pattern.compile(
            "^([A-Z][a-z]+(?:\\s+(?:and|of|for|[a-z]+))?|[A-Z][a-z]+(?:\\s+(?:and|of|for|[A-Z][a-z]+)){1,2}"
                    + "|[A-Z]{3,}(?:\\s+(?:AND|OF|FOR|&|[A-Z]{2,})){0,3})"
                    + "\\s+([A-Z][a-z]*,?\\s+(?:[A-Z]{2,}\\s+)?[a-z].*)$");
    /** "Commitment 1: We will …", "Pledge 3 – The Council will …": a labelled heading that states a commitment. */
    private static final Pattern COMMITMENT_HEADING = Pattern.compile(
            "(?i)^(?:commitment|pledge|promise|undertaking)\\s+\\d{1,2}\\s*[:.\u2013\u2014-]\\s*(.+)$");
    /** Where one "Name – text.", "Name. Text." or "NAME Text." entry ends and the next begins, inside one paragraph. */
    private static final Pattern NEXT_NAMED_ENTRY = Pattern.compile(
            "(?<=[.!?])\\s+(?=[A-Z][\\w'-]*(?:\\s+[a-zA-Z][\\w'-]*){0,3}(?:\\s+[\u2013\u2014-]\\s|\\.\\s+[A-Z]|:\\s)|[A-Z]{4,}(?:\\s+(?:AND|OF|FOR|&|[A-Z]{2,})){0,3}\\s+[A-Z][a-z])");
    /** A rule drawn between boxed cards, as a reader leaves it inside the text: "+--------+". */
    private static final Pattern CARD_RULE = Pattern.compile("\\s*[+|]?[-=_\u2500-\u257F]{8,}[+|]?\\s*");
    /** "Pledge 3 – Feedback Public sector partners pledge to …": a numbered label and its title run into the sentence. */
    private static final Pattern LABELLED_TITLE = Pattern.compile(
            "(?i)^(?:commitment|pledge|promise|undertaking)\\s+\\d{1,2}\\s*[:.\u2013\u2014-]\\s*(\\S.*)$", Pattern.DOTALL);
    /** A tick in a matrix cell: "✓", "✔", "x", "Yes", "●". */
    private static final Pattern TICK = Pattern.compile("(?i)[\u2713\u2714\u2611\u25CF\u2022x*]|yes|y|lead");
    /** "The two sectors recognise that: a; b; c.": a lead-in ending in "that", "to" or "the following", then its list. */
    private static final Pattern PRINCIPLES_RUN_ON = Pattern.compile(
            "(?i)^(.{3,120}?\\b(?:that|to|the following))\\s*:\\s+(.+)$", Pattern.DOTALL);
    /** The subject of a lead-in that stops at its modal: "The Forum will:", "KBC and the ICB will jointly:". */
    private static final Pattern SUBJECT_OF_BARE_LEAD_IN = Pattern.compile(
            "(?i)^(.{2,80}?)\\s+(?:will|shall|(?:agree|commit|undertake|pledge)s?\\s+to)(?:\\s+(?:also|jointly|together))?\\s*:$");
    private static final Pattern PROMISE_HEADER = Pattern.compile(
            "(?i)(our )?(pledges?|commitments?|undertakings?|promises?|what (we|they) will do|we will)");
    private static final Pattern WHO_HEADER = Pattern.compile(
            "(?i)(who|by whom|whose (pledge|commitment)|(lead|responsible) (partner|body|organisation)s?|responsibility|party|parties|partner)");
    private static final Pattern DATE_HEADER = Pattern.compile("(?i)(when|by when|timescales?|target( date)?s?|dates?|deadlines?|by)");
    /** A paragraph number as list marker: "3.4", "3.4." — a numbered paragraph rather than a list item. */
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^\\d{1,3}(\\.\\d{1,2})*$|^\\d{1,2}(\\.\\d{1,2})+\\.$|^[A-Z]{1,2}\\d{1,3}$");
    /** A principle's label line with no name: "Principle 1", "Value 3". */
    private static final Pattern LABEL = Pattern.compile("(?i)^(principle|value)\\s+\\w{1,5}$");
    /** "Principle 1 – Independence", "Value 2: Respect": a label and the principle's name. */
    private static final Pattern LABEL_AND_NAME = Pattern.compile("(?i)^(?:principle|value)\\s+\\w{1,5}\\s*[:.\u2013\u2014-]\\s*(\\S.{0,50})$");
    private static final Pattern INTRODUCES_PRINCIPLES = Pattern.compile("(?i)\\b(principles?|values)\\b");
    /**
     * A paragraph opening with a party label: "BOTH SECTORS: will …", "Council and NHS: give …",
     * "Public bodies – publish …", "[VCS] reimburse …". The label stands in for a lead-in.
     */
    private static final Pattern PARTY_LABEL = Pattern.compile(
            "^(?:\\[([A-Za-z][\\w '&-]{1,40})\\]|([A-Z][\\w'&,() -]{1,60}?)\\s*(?::|\\s[\u2013\u2014-]))\\s+(\\S.*)$", Pattern.DOTALL);
    /** A lead-in ending with a short capitalised name: "…, the Service:", "The Constabulary and the Commissioner:". */
    private static final Pattern SHORT_NAME = Pattern.compile("(?:^|,\\s*)(?:[Tt]he\\s+)?([A-Z][\\w-]+(?:\\s+(?:and\\s+(?:the\\s+)?)?[A-Z][\\w-]+){0,3}):$");
    /** What a label's promise opens with when it keeps its modal: "THE COUNCILS: will publish …". */
    private static final Pattern MODAL_PREDICATE = Pattern.compile("(?i)^(will|shall|agrees?|undertakes?|commits?)\\b.*", Pattern.DOTALL);

    /** A party table's row label that starts with a section number: "3.1 Consultation and involvement". */
    private static final Pattern ROW_LABEL_NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+\\S.*$");
    /** A full-width row: a short lead-in ("Together we will", "Both sectors will:") and then its promises. */
    private static final Pattern FULL_WIDTH_LABEL = Pattern.compile(
            "^([^:\u2022\u25CF\u25AA]{3,60}?\\bwill)\\s*:?\\s+((?:[\u2022\u25CF\u25AA]\\s*)?\\S.*)$", Pattern.DOTALL);

    /** What was found: principles, undertakings and what was set aside. */
    record Found(List<Principle> principles, List<RawUndertaking> undertakings, List<Diagnostic> diagnostics) {
    }

    /** An undertaking before enrichment, with the evidence that decided its party. */
    record RawUndertaking(Party party, String text, String section, List<String> subItems, Span span,
                          List<String> headingTitles, String evidence) {
    }

    /**
     * Finds principles and undertakings; {@code definitions} (acronyms such as ECVS, and terms the
     * document defines, such as "the Council") let a subject be given its party.
     */
    Found extract(List<LocatedBlock> blocks, Map<String, String> definitions) {
        List<Block> plain = blocks.stream().map(LocatedBlock::block).toList();
        Run run = new Run(new PartyResolver(definitions), new PullQuotes(plain), PartyTags.usedIn(plain), CodeLegend.of(plain));
        for (int i = 0; i < blocks.size(); i++) {
            run.position = i;
            run.accept(blocks.get(i), i > 0 ? blocks.get(i - 1).block() : null);
        }
        run.closeItem();
        return new Found(run.principles, run.undertakings, run.diagnostics);
    }

    /**
     * The context of a block's section, from every heading above it: the innermost heading that
     * says what follows wins; a heading naming only a party ("Part 2 The Council") and one saying
     * only that commitments follow ("Our commitments") combine.
     */
    static Context sectionContext(LocatedBlock located, Map<Heading, Context> cache) {
        Party partyBelow = null;
        for (int i = located.headings().size() - 1; i >= 0; i--) {
            Heading h = located.headings().get(i);
            Context c = cache.computeIfAbsent(h, k -> ContextClassifier.ofHeading(k.title()));
            if (c.is(Context.Kind.UNDERTAKINGS) && !c.firm()) {
                if (partyBelow == null) {
                    partyBelow = c.party();
                }
                continue;
            }
            if (c.is(Context.Kind.UNDERTAKINGS)) {
                return partyBelow != null ? Context.undertakings(partyBelow) : c;
            }
            if (!c.is(Context.Kind.NONE)) {
                return c; // principles, actions, glossary, partners: "Shared principles" › "Compact partners" lists principles
            }
            if (h.title() != null && ContextClassifier.isCommitmentHeadingWithoutParty(h.title())) {
                if (partyBelow != null) {
                    return Context.undertakings(partyBelow);
                }
                // "Our commitments" under "Part 2 The Council": the party comes from above.
                for (int j = i - 1; j >= 0; j--) {
                    Context above = cache.computeIfAbsent(located.headings().get(j), k -> ContextClassifier.ofHeading(k.title()));
                    if (above.is(Context.Kind.UNDERTAKINGS)) {
                        return Context.undertakings(above.party());
                    }
                    if (!above.is(Context.Kind.NONE)) {
                        break;
                    }
                }
            }
        }
        return partyBelow != null ? Context.partyPart(partyBelow) : Context.NONE;
    }

    /**
     * True when a lead-in ends with a short name ("…, the Service:", "The Constabulary and the
     * Commissioner:") whose every capitalised word is in a heading above it.
     */
    static boolean namesHeadingBody(String leadIn, LocatedBlock located) {
        Matcher name = SHORT_NAME.matcher(leadIn.strip());
        if (!name.find()) {
            return false;
        }
        Set<String> headingWords = new java.util.HashSet<>();
        for (Heading h : located.headings()) {
            if (h.title() != null) {
                headingWords.addAll(Arrays.asList(h.title().split("[\\s,()]+")));
            }
        }
        for (String word : name.group(1).split("\\s+")) {
            if (Character.isUpperCase(word.charAt(0)) && !headingWords.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static final class Run {
        final List<Principle> principles = new ArrayList<>();
        final List<RawUndertaking> undertakings = new ArrayList<>();
        final List<Diagnostic> diagnostics = new ArrayList<>();
        final Map<Heading, Context> cache = new IdentityHashMap<>();
        final PartyResolver parties;
        Context leadIn;
        /** True once an item has been read under the current lead-in. */
        boolean leadInHasItems;
        /** True from a principles heading through the short name headings after it. */
        boolean principleRun;
        /** True once the principles under the current principles heading came as a list or as named paragraphs: a
         *  later short heading then opens a new topic rather than naming one more principle. */
        boolean principlesListed;
        /** The party of each column of the table being read, from its header; null outside such a table. */
        Party[] tableParties;
        /** The section of the party table's last row (its label's number, else the heading's). */
        String tableRowSection;
        /** In a table with a "Who" column ("No. | Pledge | Who"): the column of the promise and of its party; -1 outside. */
        int promiseColumn = -1;
        int whoColumn = -1;
        /** In a responsibility matrix ("Commitment | Council | NHS | VCSE", ticks below): the party of each column; null outside. */
        Party[] tickParties;
        /** The party of the last commitment, for "It will also …"; forgotten at each heading. */
        Party previousParty;
        /** The party of the block's "Who:" field, until a heading or a paragraph that is no field. */
        Party fieldParty;
        /** The paragraph whose run-together fields are in {@link #fields}. */
        Paragraph fieldsOf;
        List<FieldLabels.Field> fields = List.of();
        // The item being collected.
        ListItem open;
        LocatedBlock openLocated;
        Context openContext;
        boolean openUnderLeadIn;
        final List<String> openSubs = new ArrayList<>();
        Span openSpan;

        final PullQuotes pullQuotes;
        /** The document ends its items with the party that leads on each ("… (Council)", "… – VCS"). */
        final boolean partyTags;
        /** The legend of the document's reference codes ("S4" is the statutory partners'), if it has one. */
        final CodeLegend codes;
        /** The index of the block being read. */
        int position;

        Run(PartyResolver parties, PullQuotes pullQuotes, boolean partyTags, CodeLegend codes) {
            this.parties = parties;
            this.pullQuotes = pullQuotes;
            this.partyTags = partyTags;
            this.codes = codes;
        }

        void accept(LocatedBlock located, Block previous) {
            Block block = located.block();
            if (block instanceof Heading h) {
                // Unnumbered headings do not nest: "What we believe" then "Independence", "Respect" … as
                // short name headings keep the principles going until a heading of another kind.
                Context own = cache.computeIfAbsent(h, k -> ContextClassifier.ofHeading(k.title()));
                principleRun = own.is(Context.Kind.PRINCIPLES)
                        || principleRun && !principlesListed && own.is(Context.Kind.NONE) && h.number() == null
                        && TextTokens.wordCount(h.title()) <= 4 && !h.title().endsWith("?");
                if (own.is(Context.Kind.PRINCIPLES)) {
                    principlesListed = false;
                }
            }
            Context section = sectionContext(located, cache);
            if (principleRun && section.is(Context.Kind.NONE)) {
                section = Context.PRINCIPLES;
            }
            if (block instanceof ListItem item) {
                leadInHasItems |= leadIn != null;
                int fields = FieldLabels.trailingFieldStart(item.text());
                if (fields > 0) {
                    // "pay grants in advance Why it matters: …": a reader joined the block's explanation to its last item.
                    diagnostics.add(new Diagnostic("SET_ASIDE_EXPLANATION", "fields after a list item explain it, they commit nothing: "
                            + abbreviate(item.text().substring(fields)), item.span()));
                    item = new ListItem(item.text().substring(0, fields).strip(), item.level(), item.marker(), item.span());
                }
                acceptItem(located, item, leadIn != null ? leadIn : section, leadIn != null);
                return;
            }
            closeItem();
            // "Statutory Partners Commit To:" set as a slide title, then a topic heading, then the bullets: a
            // lead-in with no items yet carries over a heading that names no party of its own.
            boolean carryLeadIn = leadIn != null && !leadInHasItems && block instanceof Heading h
                    && cache.computeIfAbsent(h, k -> ContextClassifier.ofHeading(k.title())).is(Context.Kind.NONE);
            if (!carryLeadIn) {
                leadIn = null;
            }
            if (!(block instanceof TableRow)) {
                tableParties = null;
                promiseColumn = -1;
                whoColumn = -1;
                tickParties = null;
            }
            if (block instanceof Heading h) {
                // A numbered paragraph's bare number ("3.1.3.") is no new topic: "They will also …" after it
                // still means the party before.
                if (!h.title().isEmpty()) {
                    previousParty = null;
                }
                fieldParty = null;
                acceptCommitmentHeading(located, h, section);
            } else if (block instanceof TableRow row) {
                acceptTableRow(located, row, section);
            } else if (block instanceof Paragraph p && pullQuotes.repeats(position, p)) {
                diagnostics.add(new Diagnostic("SET_ASIDE_PULL_QUOTE", "a pull quote (repeats the words of another passage): "
                        + abbreviate(p.text()), p.span()));
            } else if (block instanceof Paragraph p && (section.is(Context.Kind.NONE) || section.is(Context.Kind.UNDERTAKINGS))
                    && runTogetherFields(p).isEmpty() && field(p).isPresent()) {
                acceptField(located, p, field(p).get(), section);
            } else if (block instanceof Paragraph p && (section.is(Context.Kind.NONE) || section.is(Context.Kind.UNDERTAKINGS))
                    && !runTogetherFields(p).isEmpty()) {
                // A reader ran the block's fields into one paragraph: read them one by one, as the lines they were.
                fieldParty = null;
                for (FieldLabels.Field f : runTogetherFields(p)) {
                    if (f.kind() != FieldLabels.Kind.PROMISE || fieldParty != null) {
                        acceptField(located, p, f, section);
                    } else {
                        diagnostics.add(new Diagnostic("SET_ASIDE_NO_PARTY", "\"" + f.label() + ":\" before any field names its party: "
                                + abbreviate(f.value()), p.span()));
                    }
                }
            } else if (block instanceof Paragraph p) {
                fieldParty = null;
                Optional<Context> lead = leadInOf(p.text(), located, section);
                if (lead.isPresent()) {
                    leadIn = lead.get();
                    leadInHasItems = false;
                } else if (section.is(Context.Kind.PRINCIPLES)) {
                    acceptPrincipleParagraph(located, p, previous);
                } else if (section.is(Context.Kind.NONE) || section.is(Context.Kind.UNDERTAKINGS)) {
                    acceptProse(located, p.text(), p.span(), section);
                }
            }
        }

        /** The fields a reader ran together in one paragraph, worked out once per paragraph. */
        private List<FieldLabels.Field> runTogetherFields(Paragraph p) {
            if (fieldsOf != p) {
                fieldsOf = p;
                fields = FieldLabels.split(p.text());
            }
            return fields;
        }

        /** The field a paragraph is; a promise field counts only after a party field has said whose it is. */
        private Optional<FieldLabels.Field> field(Paragraph p) {
            return FieldLabels.of(p.text()).filter(f -> f.kind() != FieldLabels.Kind.PROMISE || fieldParty != null);
        }

        /**
         * A field of a compact written as a form: "Who:" names the party whose "we" the block's "What we will do:"
         * speaks in (a sentence, or a lead-in to items); "Why it matters:" explains and "How you will know:" measures.
         */
        private void acceptField(LocatedBlock located, Paragraph p, FieldLabels.Field field, Context section) {
            switch (field.kind()) {
                case PARTY -> {
                    fieldParty = parties.ofSubject(field.value(), null, Context.NONE).map(PartyResolver.Resolved::party).orElse(null);
                    if (fieldParty == null) {
                        diagnostics.add(new Diagnostic("SET_ASIDE_NO_PARTY", "\"" + field.label() + ":\" names no party: "
                                + abbreviate(field.value()), p.span()));
                    }
                }
                case PROMISE -> {
                    if (field.value().isEmpty()) {
                        leadIn = Context.undertakings(fieldParty);
                        leadInHasItems = false;
                    } else {
                        acceptProse(located, field.value(), p.span(), Context.undertakings(fieldParty));
                    }
                }
                case EXPLANATION -> diagnostics.add(new Diagnostic("SET_ASIDE_EXPLANATION", "\"" + field.label()
                        + ":\" explains a commitment, it makes none: " + abbreviate(field.value()), p.span()));
                case MEASURE -> diagnostics.add(new Diagnostic("SET_ASIDE_MEASURE", "\"" + field.label()
                        + ":\" gives an indicator of how the compact is working, not a commitment: " + abbreviate(field.value()), p.span()));
            }
        }

        /**
         * Whether a paragraph or a list item is a lead-in ("The Council will:", "We will:" where the document
         * says who "we" are, "KFRA will:", "…, the Service:"), and whose promises follow it.
         */
        private Optional<Context> leadInOf(String text, LocatedBlock located, Context section) {
            Optional<Context> lead = ContextClassifier.ofLeadIn(text, section);
            if (lead.isPresent() && lead.get().party() == Party.JOINT && text.endsWith(":")
                    && PartyPhrases.startsWithWe(text) && !PartyPhrases.isTogether(text)) {
                // "We will:" where the document says who "we" are ("In this booklet we means the Council …").
                Optional<PartyResolver.Resolved> we = parties.ofSubject("we", null, Context.NONE);
                if (we.isPresent() && we.get().evidence().startsWith("the document defines")) {
                    lead = Optional.of(Context.undertakings(we.get().party()));
                }
            }
            if ((lead.isEmpty() || lead.get().is(Context.Kind.NONE)) && text.endsWith(":")) {
                // "KFRA will:", "The Forum will jointly:" — a subject the document itself defines.
                ClauseReader.Reading reading = ClauseReader.read(text);
                Matcher bare = SUBJECT_OF_BARE_LEAD_IN.matcher(text.strip());
                String subject = reading.commits() ? reading.clause().get().subject() : bare.matches() ? bare.group(1) : null;
                Optional<PartyResolver.Resolved> party = subject != null ? parties.ofSubject(subject, previousParty, section) : Optional.empty();
                if (party.isPresent()) {
                    lead = Optional.of(Context.undertakings(party.get().party()));
                }
            }
            if (lead.isEmpty() && text.endsWith(":") && TextTokens.wordCount(text) <= 8) {
                // "The Forum and its members:" — a bare name the document itself defines.
                String name = text.substring(0, text.length() - 1).strip();
                Optional<PartyResolver.Resolved> party = parties.ofSubject(name, null, section);
                if (party.isPresent() && party.get().evidence().startsWith("the document defines")) {
                    lead = Optional.of(Context.undertakings(party.get().party()));
                }
            }
            if (lead.isEmpty() && text.endsWith(":") && section.is(Context.Kind.UNDERTAKINGS) && namesHeadingBody(text, located)) {
                // "In addition to the joint commitments, the Service:" under "4.4 Copperfield Fire and Rescue
                // Service": the body the heading names, called by a word of its name.
                lead = Optional.of(Context.undertakings(section.party()));
            }
            return lead;
        }

        /**
         * A table with one column per party ("Theme | Public bodies will | Voluntary organisations will"):
         * the header gives each column its party, and every cell below it is that party's commitment.
         */
        private void acceptTableRow(LocatedBlock located, TableRow row, Context section) {
            if (section.is(Context.Kind.ACTIONS) || section.is(Context.Kind.GLOSSARY) || section.is(Context.Kind.PARTNERS)) {
                return;
            }
            if (section.is(Context.Kind.PRINCIPLES)) {
                acceptPrincipleRow(row);
                return;
            }
            Party[] header = new Party[row.cells().size()];
            int named = 0;
            for (int c = 0; c < header.length; c++) {
                String cell = row.cells().get(c);
                Optional<Party> party = PartyPhrases.partyOf(cell);
                if (party.isPresent() && TextTokens.wordCount(cell) <= 10 && PartyPhrases.hasCommitmentWord(cell)) {
                    header[c] = party.get();
                    named++;
                }
            }
            // "Public bodies will | Voluntary organisations will": two parties, each a column; or one party's column
            // beside a column of themes ("What we want to achieve | All partners will").
            boolean partyColumns = named >= 2 || named == 1 && header.length >= 2 && header[0] == null
                    && row.cells().stream().anyMatch(cell -> ENDS_WITH_MODAL.matcher(cell.strip()).matches());
            if (partyColumns && row.cells().stream().allMatch(cell -> TextTokens.wordCount(cell) <= 10)) {
                tableParties = header;
                tableRowSection = null;
                return;
            }
            if (isWhoHeader(row) || isTickHeader(row)) {
                return;
            }
            if (whoColumn >= 0) {
                acceptWhoRow(located, row);
                return;
            }
            if (tickParties != null) {
                acceptTickRow(located, row);
                return;
            }
            if (tableParties == null) {
                diagnostics.add(new Diagnostic("SET_ASIDE_TABLE_ROW", "a table row under no header naming a party or a \"Who\" column:"
                        + " not read as an undertaking: " + abbreviate(row.text()), row.span()));
                return;
            }
            if (acceptFullWidthRow(located, row, section)) {
                return;
            }
            // "3.1 Consultation" as the row label (the theme column): the row's promises are in that section.
            String rowSection = located.section();
            if (tableParties[0] == null && !row.cells().isEmpty()) {
                Matcher numbered = ROW_LABEL_NUMBER.matcher(row.cells().get(0).strip());
                rowSection = numbered.matches() ? numbered.group(1) : rowSection;
            }
            tableRowSection = rowSection;
            // "Together | Meet once a year to review the Compact": a row labelled as both sectors' is joint, whatever column.
            String label = tableParties[0] == null && !row.cells().isEmpty() ? row.cells().get(0).strip() : "";
            // A theme called "Working together" is a topic, not a party.
            boolean jointRow = PartyPhrases.namesEveryone(label);
            for (int c = 0; c < row.cells().size() && c < tableParties.length; c++) {
                if (tableParties[c] == null && !(jointRow && c > 0)) {
                    continue;
                }
                for (String promise : TableCells.promises(row.cells().get(c))) {
                    undertakings.add(new RawUndertaking(jointRow ? Party.JOINT : tableParties[c], promise, rowSection, List.of(), row.span(),
                            located.titlesInnermostFirst(), jointRow ? "the row's label \"" + label + "\" names both sectors" : "the column header names it"));
                }
            }
        }

        /**
         * A row of a principles table ("Principle | What it means"): the first cell names the principle and the
         * rest explain it; a row of short labels only is the table's header.
         */
        private void acceptPrincipleRow(TableRow row) {
            List<String> cells = row.cells().stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
            boolean header = cells.stream().allMatch(c -> TextTokens.wordCount(c) <= 4 && !c.endsWith("."));
            if (cells.isEmpty() || header) {
                diagnostics.add(new Diagnostic("SET_ASIDE_TABLE_ROW", "the header of a principles table: " + abbreviate(row.text()), row.span()));
                return;
            }
            principlesListed = true;
            String name = cells.get(0);
            if (cells.size() >= 2 && TextTokens.wordCount(name) <= 6 && !name.endsWith(".")) {
                String text = String.join(" ", cells.subList(1, cells.size()));
                principles.add(new Principle(ItemText.strip(name), ItemText.strip(text), null, List.of(), row.span()));
            } else {
                principles.add(new Principle(null, ItemText.strip(String.join(" ", cells)), null, List.of(), row.span()));
            }
        }

        /**
         * A row of one cell across a party table ("Together we will: • meet twice a year • …"): its label
         * is a lead-in, and the promises after it are that party's. False when the row is not one.
         */
        private boolean acceptFullWidthRow(LocatedBlock located, TableRow row, Context section) {
            List<String> filled = row.cells().stream().filter(c -> !c.isBlank()).toList();
            if (filled.size() != 1 || !row.cells().get(0).equals(filled.get(0))) {
                return false;
            }
            Matcher label = FULL_WIDTH_LABEL.matcher(filled.get(0).strip());
            if (!label.matches()) {
                return false;
            }
            Optional<Context> lead = ContextClassifier.ofLeadIn(label.group(1).strip() + ":", section);
            if (lead.isEmpty() || !lead.get().is(Context.Kind.UNDERTAKINGS) || lead.get().party() == null) {
                return false;
            }
            for (String promise : TableCells.promises(label.group(2))) {
                // Under the theme of the row above it: "Together we will" closes the theme's rows.
                String rowSection = tableRowSection != null ? tableRowSection : located.section();
                undertakings.add(new RawUndertaking(lead.get().party(), promise, rowSection, List.of(), row.span(),
                        located.titlesInnermostFirst(), "a full-width row of the table says \"" + label.group(1).strip() + "\""));
            }
            return true;
        }

        /**
         * "No. | Pledge | Who": a header with a column of promises and a column saying who makes each. A date
         * column ("When", "Timescale") makes it an action plan instead, read by the action-point extractor.
         */
        private boolean isWhoHeader(TableRow row) {
            int promise = -1;
            int who = -1;
            for (int c = 0; c < row.cells().size(); c++) {
                String cell = row.cells().get(c).strip();
                if (PROMISE_HEADER.matcher(cell).matches()) {
                    promise = c;
                } else if (WHO_HEADER.matcher(cell).matches()) {
                    who = c;
                } else if (DATE_HEADER.matcher(cell).matches()) {
                    return false;
                }
            }
            if (promise < 0 || who < 0) {
                return false;
            }
            promiseColumn = promise;
            whoColumn = who;
            return true;
        }

        /**
         * "| Commitment | City Council | NHS | Police | VCSE |": a responsibility matrix, one column per body, a tick
         * in the columns of the bodies that make each commitment.
         */
        private boolean isTickHeader(TableRow row) {
            int promise = -1;
            Party[] parties = new Party[row.cells().size()];
            int named = 0;
            for (int c = 0; c < row.cells().size(); c++) {
                String cell = row.cells().get(c).strip();
                if (promise < 0 && PROMISE_HEADER.matcher(cell).matches()) {
                    promise = c;
                } else if (TextTokens.wordCount(cell) <= 4 && !PartyPhrases.hasCommitmentWord(cell)) {
                    parties[c] = PartyPhrases.sectorOf(cell).orElse(null);
                    named += parties[c] != null ? 1 : 0;
                }
            }
            if (promise < 0 || named < 2) {
                return false;
            }
            promiseColumn = promise;
            tickParties = parties;
            return true;
        }

        /** A row of a responsibility matrix: its commitment, made by every body whose column is ticked. */
        private void acceptTickRow(LocatedBlock located, TableRow row) {
            if (row.cells().size() <= promiseColumn || row.cells().get(promiseColumn).isBlank()) {
                return;
            }
            String promise = ItemText.strip(row.cells().get(promiseColumn));
            EnumSet<Party> ticked = EnumSet.noneOf(Party.class);
            for (int c = 0; c < row.cells().size() && c < tickParties.length; c++) {
                if (tickParties[c] != null && TICK.matcher(row.cells().get(c).strip()).matches()) {
                    ticked.add(tickParties[c]);
                }
            }
            if (ticked.isEmpty()) {
                diagnostics.add(new Diagnostic("SET_ASIDE_NO_PARTY", "a row of a responsibility matrix with no column ticked: "
                        + abbreviate(promise), row.span()));
                return;
            }
            Party party = ticked.size() == 1 ? ticked.iterator().next() : Party.JOINT;
            undertakings.add(new RawUndertaking(party, promise, located.section(), List.of(), row.span(),
                    located.titlesInnermostFirst(), "ticked in the columns of " + ticked));
        }

        /** A row under a "Who" header: its promise, made by the party its "Who" cell names. */
        private void acceptWhoRow(LocatedBlock located, TableRow row) {
            if (row.cells().size() <= Math.max(promiseColumn, whoColumn)) {
                diagnostics.add(new Diagnostic("SET_ASIDE_NO_PARTY", "a table row without a \"Who\" cell: " + abbreviate(row.text()), row.span()));
                return;
            }
            String promise = ItemText.strip(row.cells().get(promiseColumn));
            String who = row.cells().get(whoColumn).strip();
            Optional<PartyResolver.Resolved> party = parties.ofSubject(who, null, Context.NONE);
            if (promise.isEmpty()) {
                return;
            }
            if (party.isEmpty()) {
                diagnostics.add(new Diagnostic("SET_ASIDE_NO_PARTY", "\"" + who + "\" in the \"Who\" column names no party: "
                        + abbreviate(promise), row.span()));
                return;
            }
            undertakings.add(new RawUndertaking(party.get().party(), promise, located.section(), List.of(), row.span(),
                    located.titlesInnermostFirst(), "the \"Who\" column says \"" + who + "\""));
        }

        /**
         * "Commitment 1: We will involve each other early": a heading that is itself a commitment, after a
         * "Commitment N" or "Pledge N" label. "We" with no party part around it is everyone who signed.
         */
        private void acceptCommitmentHeading(LocatedBlock located, Heading h, Context section) {
            Matcher labelled = COMMITMENT_HEADING.matcher(h.title());
            if (!labelled.matches()) {
                return;
            }
            String clause = labelled.group(1).strip();
            ClauseReader.Reading reading = ClauseReader.read(clause);
            if (!reading.commits() || ":".equals(reading.clause().get().verb())) {
                return;
            }
            String subject = reading.clause().get().subject();
            Optional<PartyResolver.Resolved> party = parties.ofSubject(subject, null, section);
            if (party.isEmpty() && PartyPhrases.startsWithWe(subject)) {
                party = Optional.of(new PartyResolver.Resolved(Party.JOINT, "\"we\" in a commitment heading of the whole compact"));
            }
            if (party.isPresent()) {
                undertakings.add(new RawUndertaking(party.get().party(), ItemText.strip(clause), located.section(), List.of(), h.span(),
                        located.titlesInnermostFirst(), party.get().evidence()));
            }
        }

        /** A principle written as a paragraph: under its one-line name or label, or as "Name – text". */
        private void acceptPrincipleParagraph(LocatedBlock located, Paragraph p, Block previous) {
            if (previous instanceof Heading h && isPrincipleName(h) && !isIntroductory(p.text())) {
                Matcher labelled = LABEL_AND_NAME.matcher(h.title());
                String name = LABEL.matcher(h.title()).matches() ? null : labelled.matches() ? labelled.group(1).strip() : h.title();
                principles.add(new Principle(name, p.text(), located.section(), List.of(), h.span().union(p.span())));
                return;
            }
            // "Independence – … receive. Respect – …": entries one per line that a reader ran into one paragraph,
            // with the rules drawn between cards ("… funding. +------+ MUTUAL RESPECT …") left out.
            String[] entries = NEXT_NAMED_ENTRY.split(CARD_RULE.matcher(p.text()).replaceAll(" ").strip());
            if (entries.length > 1 && Arrays.stream(entries).allMatch(e -> named(e, 5).isPresent())) {
                for (String entry : entries) {
                    String[] parts = named(entry, 5).orElseThrow();
                    principles.add(new Principle(parts[0], parts[1], located.section(), List.of(), p.span()));
                }
                principlesListed = true;
                return;
            }
            Optional<String[]> named = named(p.text(), 5);
            Matcher value = VALUE_STATEMENT.matcher(p.text());
            if (named.isPresent()) {
                principles.add(new Principle(named.get()[0], named.get()[1], located.section(), List.of(), p.span()));
                principlesListed = true;
            } else if (value.matches()) {
                String name = Character.toUpperCase(value.group(1).charAt(0)) + value.group(1).substring(1);
                principles.add(new Principle(name, p.text(), located.section(), List.of(), p.span()));
                principlesListed = true;
            } else {
                diagnostics.add(new Diagnostic("SET_ASIDE_IN_PRINCIPLES", "a paragraph among the principles that names none: "
                        + abbreviate(p.text()), p.span()));
            }
        }

        /** Sentences of running prose: each that commits a party is an undertaking; explanations are not. */
        /** Whether a quotation is still open after the sentence, given whether one was open before it. */
        private static boolean quoteOpenAfter(String sentence, boolean open) {
            for (int i = 0; i < sentence.length(); i++) {
                char c = sentence.charAt(i);
                if (c == '\u201C') {
                    open = true;
                } else if (c == '\u201D') {
                    open = false;
                } else if (c == '"') {
                    open = !open;
                }
            }
            return open;
        }

        private void acceptProse(LocatedBlock located, String text, Span span, Context context) {
            Matcher label = PARTY_LABEL.matcher(text);
            if (label.matches()) {
                String name = label.group(1) != null ? label.group(1) : label.group(2);
                String promise = label.group(3).strip();
                Optional<PartyResolver.Resolved> party = parties.ofSubject(name, previousParty, context);
                // "THE COUNCILS: will publish …" keeps its modal; "Council and NHS: give …" reads as the items of a lead-in do.
                String clause = MODAL_PREDICATE.matcher(promise).matches() ? "They " + promise : "They will " + promise;
                boolean promises = MODAL_PREDICATE.matcher(promise).matches() || promise.startsWith("not ")
                        || PartOfSpeech.startsWithBaseVerb(promise);
                if (party.isPresent() && promises && ClauseReader.read(clause).commits()) {
                    // A run-in party label, then what it promises.
                    previousParty = party.get().party();
                    undertakings.add(new RawUndertaking(party.get().party(), promise, located.section(), List.of(), span,
                            located.titlesInnermostFirst(), "the run-in label \"" + name + "\" names it"));
                    return;
                }
            }
            boolean quoting = false;
            for (String sentence : SentenceSplitter.split(text)) {
                String s = withoutLabelledTitle(sentence.strip());
                // "“When we are asked early … Small groups like ours will always …”": a later sentence of a
                // quotation is still someone's words.
                boolean quoted = quoting;
                quoting = quoteOpenAfter(s, quoting);
                ClauseReader.Reading reading = quoted ? ClauseReader.Reading.not("a quotation: someone's words, not the partners' commitment")
                        : ClauseReader.read(s);
                if (!reading.commits()) {
                    noteRejected(s, reading.reason(), span);
                    continue;
                }
                if (isStance(reading)) {
                    diagnostics.add(new Diagnostic("NOT_A_COMMITMENT", "\"committed to\" in running text states a stance: "
                            + abbreviate(s), span));
                    continue;
                }
                Optional<PartyResolver.Resolved> party = parties.ofSubject(reading.clause().get().subject(), reading.clause().get().fronted(), previousParty, context);
                if (party.isEmpty()) {
                    diagnostics.add(new Diagnostic("NOT_A_COMMITMENT", "\"" + reading.clause().get().subject()
                            + "\" is no party: " + abbreviate(s), span));
                    continue;
                }
                previousParty = party.get().party();
                undertakings.add(new RawUndertaking(party.get().party(), s, located.section(), List.of(), span,
                        located.titlesInnermostFirst(), party.get().evidence()));
            }
        }

        /**
         * "Pledge 3 – Feedback Public sector partners pledge to …" (a label line and its title that a PDF or
         * Word reader ran into the sentence): the sentence, from the first capitalised word after the
         * title at which a committing clause with a party starts. The text as it was when there is none.
         */
        private String withoutLabelledTitle(String text) {
            Matcher m = LABELLED_TITLE.matcher(text);
            if (!m.matches()) {
                return text;
            }
            String rest = m.group(1);
            String[] words = rest.split(" ");
            int offset = words[0].length() + 1;
            for (int k = 1; k < Math.min(words.length, 9); k++) {
                if (!words[k].isEmpty() && Character.isUpperCase(words[k].charAt(0))) {
                    String candidate = rest.substring(offset);
                    List<String> sentences = SentenceSplitter.split(candidate);
                    ClauseReader.Reading reading = ClauseReader.read(sentences.isEmpty() ? candidate : sentences.get(0));
                    if (reading.commits() && parties.ofSubject(reading.clause().get().subject(), null, Context.NONE).isPresent()) {
                        return candidate;
                    }
                }
                offset += words[k].length() + 1;
            }
            return text;
        }

        /**
         * "The partners are committed to …" outside a list states where the partners stand, as an
         * introduction does; the genre's undertakings in running text say what a party will do.
         */
        private boolean isStance(ClauseReader.Reading reading) {
            return reading.commits() && ClauseReader.STANCE.equals(reading.clause().get().verb());
        }

        private void noteRejected(String sentence, String reason, Span span) {
            if (!"no modal".equals(reason)) {
                diagnostics.add(new Diagnostic("NOT_A_COMMITMENT", reason + ": " + abbreviate(sentence), span));
            }
        }

        private void acceptItem(LocatedBlock located, ListItem item, Context context, boolean underLeadIn) {
            if (open != null && item.level() > open.level()) {
                openSubs.add(item.text());
                openSpan = openSpan.union(item.span());
                return;
            }
            closeItem();
            open = item;
            openLocated = located;
            openContext = context;
            openUnderLeadIn = underLeadIn;
            openSpan = item.span();
        }

        void closeItem() {
            if (open == null) {
                return;
            }
            List<String> subs = List.copyOf(openSubs);
            String text = ItemText.join(open.text(), subs);
            Context context = openContext;
            boolean numberedParagraph = PARAGRAPH_NUMBER.matcher(open.marker()).matches();
            Optional<Context> itemLeadIn = !subs.isEmpty() && open.stopsAtModal()
                    && (context.is(Context.Kind.NONE) || context.is(Context.Kind.UNDERTAKINGS))
                    ? leadInOf(open.text(), openLocated, context)
                            .filter(lead -> lead.is(Context.Kind.UNDERTAKINGS) && lead.firm()) : Optional.empty();
            Optional<PartyTags.Tag> tag = partyTags && (context.is(Context.Kind.NONE) || context.is(Context.Kind.UNDERTAKINGS))
                    ? PartyTags.of(text) : Optional.empty();
            Optional<Party> coded = context.is(Context.Kind.NONE) || context.is(Context.Kind.UNDERTAKINGS)
                    ? codes.partyOf(open.marker()) : Optional.empty();
            if (coded.isPresent()) {
                // "S4  Give at least 12 weeks …" where the legend says S is the statutory partners'.
                add(new PartyResolver.Resolved(coded.get(), "the code \"" + open.marker() + "\" and the document's legend of codes"), text, subs);
            } else if (tag.isPresent()) {
                // "Publish a calendar of consultations each April (Council)": the tag names the item's own party.
                Party party = PartyTags.party(tag.get().name()).orElseThrow();
                add(new PartyResolver.Resolved(party, "the tag \"" + tag.get().name() + "\" at the end of the item names it"),
                        tag.get().text(), subs);
            } else if (itemLeadIn.isPresent() && open.bulleted()) {
                // "● The Council will:" over its own "o" items: the bullet is a lead-in, and each sub-item is one of its
                // promises ("● improve access to funding by:" does not stop at its modal: its sub-items complete it).
                for (String sub : subs) {
                    acceptPromise(sub, itemLeadIn.get());
                }
            } else if (itemLeadIn.isPresent()) {
                // "(vi) Both sectors will:" is one unit of the document's numbering: its sub-items fold into it.
                add(parties.ofContext(itemLeadIn.get()).orElseThrow(), text, subs);
            } else if (context.is(Context.Kind.PRINCIPLES) && subs.isEmpty() && runOnPrinciples(open.text()).isPresent()) {
                // "4.3 The two sectors recognise that: the sector has the right …; each sector brings …; …": a reader
                // ran an unmarked list into its lead-in; each part between semicolons is a principle.
                for (String part : runOnPrinciples(open.text()).get()) {
                    principles.add(new Principle(null, part, openLocated.section(), List.of(), openSpan));
                }
            } else if (context.is(Context.Kind.PRINCIPLES) && numberedParagraph) {
                // "2.1 Respect – …" is a principle; "2.3 These principles apply to …" explains them.
                Optional<String[]> named = named(open.text(), 5);
                if (named.isPresent()) {
                    principles.add(new Principle(named.get()[0], ItemText.join(named.get()[1], subs), openLocated.section(), subs, openSpan));
                } else if (!INTRODUCES_PRINCIPLES.matcher(text).find() && !text.endsWith(":") && underPrinciplesHeading(openLocated)) {
                    // "9. The Compact recognises that …": one unnamed principle per numbered paragraph.
                    principles.add(new Principle(null, text, openLocated.section(), subs, openSpan));
                } else {
                    diagnostics.add(new Diagnostic("SET_ASIDE_IN_PRINCIPLES", "a numbered paragraph that introduces the principles: "
                            + abbreviate(text), openSpan));
                }
            } else if (context.is(Context.Kind.PRINCIPLES)) {
                principlesListed = true;
                Optional<String[]> named = named(open.text(), 6);
                if (named.isPresent()) {
                    principles.add(new Principle(named.get()[0], ItemText.join(named.get()[1], subs), openLocated.section(), subs, openSpan));
                } else {
                    principles.add(new Principle(null, text, openLocated.section(), subs, openSpan));
                }
            } else if (context.is(Context.Kind.UNDERTAKINGS) && context.firm() && (!numberedParagraph || openUnderLeadIn)) {
                // Under a lead-in or a heading that says who commits: the item is a commitment; its own subject may name another party.
                // "Recognise that the VCOs will require support" is an instruction: its "will" is not the item's own subject.
                acceptPromise(open.text(), subs, text, context);
            } else if (context.is(Context.Kind.NONE) || context.is(Context.Kind.UNDERTAKINGS)) {
                acceptItemByEvidence(text, subs, context);
            } else if (context.is(Context.Kind.MEASURES)) {
                diagnostics.add(new Diagnostic("SET_ASIDE_MEASURE", "an indicator of how the compact is working, not a commitment: "
                        + abbreviate(text), openSpan));
            } else if (!context.is(Context.Kind.ACTIONS) && !context.is(Context.Kind.GLOSSARY) && !context.is(Context.Kind.PARTNERS)) {
                setAside(text);
            }
            open = null;
            openSubs.clear();
        }

        /** A sub-item under an item that is itself a lead-in: a promise of that lead-in's party. */
        private void acceptPromise(String sub, Context leadIn) {
            acceptPromise(sub, List.of(), sub, leadIn);
        }

        /**
         * An item under a lead-in or a heading that says who commits: a commitment, whose own subject may name
         * another party. "Recognise that the VCOs will require support" is an instruction: its "will" is not the
         * item's own subject.
         */
        private void acceptPromise(String own, List<String> subs, String text, Context context) {
            ClauseReader.Reading reading = ClauseReader.isImperative(own) ? ClauseReader.Reading.not("an instruction")
                    : ClauseReader.read(own);
            Optional<PartyResolver.Resolved> subject = reading.commits()
                    ? parties.ofSubject(reading.clause().get().subject(), previousParty, context) : Optional.empty();
            if (reading.commits() && PartyResolver.generalises(reading.clause().get().subject())) {
                // "… vary in size, and many will have no paid staff": a prediction about some of a sector, even
                // under a heading that names the sector, is not a promise.
                noteRejected(own, "\"" + reading.clause().get().subject() + "\" speaks of some of a sector, not a party promising", openSpan);
                return;
            }
            PartyResolver.Resolved party = subject.orElseGet(() -> parties.ofContext(context).orElseThrow());
            add(party, text, subs);
        }

        /**
         * An item or numbered paragraph with no lead-in saying who commits: each sentence that commits
         * a party starts an undertaking, and the sentences after it (until the next one) belong to it;
         * an imperative item ("Publish …") in a part about one party is that party's.
         */
        private void acceptItemByEvidence(String text, List<String> subs, Context context) {
            List<String> sentences = SentenceSplitter.split(open.text());
            PartyResolver.Resolved current = null;
            StringBuilder unit = new StringBuilder();
            int found = 0;
            for (String sentence : sentences) {
                String s = sentence.strip();
                ClauseReader.Reading reading = ClauseReader.read(s);
                if (isStance(reading)) {
                    reading = ClauseReader.Reading.not("stance");
                }
                Optional<PartyResolver.Resolved> party = reading.commits()
                        ? parties.ofSubject(reading.clause().get().subject(), reading.clause().get().fronted(),
                                current != null ? current.party() : previousParty, context)
                        : Optional.empty();
                if (party.isEmpty() && current == null && found == 0 && !openUnderLeadIn && context.party() != null
                        && ClauseReader.isImperative(s)) {
                    party = parties.ofContext(context);
                }
                if (party.isPresent()) {
                    if (current != null) {
                        add(current, unit.toString(), List.of());
                    }
                    current = party.get();
                    previousParty = current.party();
                    unit.setLength(0);
                    unit.append(s);
                    found++;
                } else if (current != null && (ClauseReader.continuesPrevious(s) || ClauseReader.isImperative(s))) {
                    unit.append(' ').append(s); // "Where this is not possible it will …" qualifies the sentence before
                } else {
                    noteRejected(s, reading.commits() ? "\"" + reading.clause().get().subject() + "\" is no party" : reading.reason(), openSpan);
                }
            }
            if (current != null) {
                add(current, ItemText.join(unit.toString(), subs), subs);
            } else {
                setAside(text);
            }
        }

        private void add(PartyResolver.Resolved party, String text, List<String> subs) {
            undertakings.add(new RawUndertaking(party.party(), ItemText.strip(text), openLocated.section(), subs, openSpan,
                    openLocated.titlesInnermostFirst(), party.evidence()));
        }

        private void setAside(String text) {
            diagnostics.add(new Diagnostic("SET_ASIDE_NO_PARTY", "a list item that no lead-in, heading or subject gives to a party: "
                    + abbreviate(text), openSpan));
        }

        /** The parts of "lead-in that: a; b; c." when there are three or more, each without its ";". */
    private static Optional<List<String>> runOnPrinciples(String text) {
        Matcher m = PRINCIPLES_RUN_ON.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> parts = Arrays.stream(m.group(2).split(";\\s+(?:and\\s+|or\\s+)?")).map(ItemText::strip)
                .filter(p -> !p.isEmpty()).toList();
        return parts.size() >= 3 ? Optional.of(parts) : Optional.empty();
    }

    private static Optional<String[]> named(String text, int maxNameWords) {
            Matcher named = NAMED.matcher(text);
            if (named.matches() && TextTokens.wordCount(named.group(1)) <= maxNameWords) {
                return Optional.of(new String[] {named.group(1).strip(), named.group(2)});
            }
            Matcher runIn = RUN_IN.matcher(text);
            if (runIn.matches()) {
                return Optional.of(new String[] {runIn.group(1).strip(), runIn.group(2)});
            }
            Matcher sentenceCase = SENTENCE_CASE_RUN_IN.matcher(text);
            if (sentenceCase.matches() && !NOT_A_NAME.contains(sentenceCase.group(1).split("\\s+")[0])
                    && !VERB_IN_NAME.matcher(sentenceCase.group(1)).find() && TextTokens.wordCount(sentenceCase.group(2)) >= 6) {
                return Optional.of(new String[] {sentenceCase.group(1).strip(), sentenceCase.group(2)});
            }
            Matcher label = LABEL_RUN_IN.matcher(text);
            if (label.matches()) {
                return Optional.of(new String[] {null, label.group(1)}); // "Principle 1 The voluntary sector has …"
            }
            // "Independence Voluntary groups have the right …": a name heading run into its sentence (a bold name in a
            // PDF or Word file loses its line break and its weight).
            Matcher bare = BARE_RUN_IN.matcher(text);
            if (bare.matches() && TextTokens.wordCount(bare.group(2)) >= 6 && !text.endsWith(":")
                    && !NOT_A_NAME.contains(bare.group(1).split("\\s+")[0])) {
                return Optional.of(new String[] {bare.group(1).strip(), bare.group(2)});
            }
            return Optional.empty();
        }

        /** True when the nearest titled heading is itself a principles heading ("Shared Principles"), not a topic under one. */
        private boolean underPrinciplesHeading(LocatedBlock located) {
            for (int i = located.headings().size() - 1; i >= 0; i--) {
                Heading h = located.headings().get(i);
                if (h.title() != null && !h.title().isEmpty()) {
                    return cache.computeIfAbsent(h, k -> ContextClassifier.ofHeading(k.title())).is(Context.Kind.PRINCIPLES);
                }
            }
            return false;
        }

        /**
         * A heading that names one principle ("Openness", "Principle 1"), not the heading that
         * introduces them all ("What we believe"), whose paragraph is an introduction.
         */
        private static boolean isPrincipleName(Heading h) {
            if (LABEL.matcher(h.title()).matches() || LABEL_AND_NAME.matcher(h.title()).matches()) {
                return true;
            }
            // "Independence", or "2.1 Independence" under "2. Our Principles": a short name, not a question or a box title.
            return TextTokens.wordCount(h.title()) <= 4 && !h.title().endsWith("?")
                    && !ContextClassifier.ofHeading(h.title()).is(Context.Kind.PRINCIPLES);
        }

        private static boolean isIntroductory(String text) {
            return text.endsWith(":");
        }
    }

    static String abbreviate(String text) {
        String t = text.strip();
        return t.length() <= 100 ? t : t.substring(0, 97) + "...";
    }
}
