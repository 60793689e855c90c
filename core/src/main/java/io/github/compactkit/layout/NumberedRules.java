package io.github.compactkit.layout;

import static io.github.compactkit.layout.LineText.BARE_LEAD_IN;
import static io.github.compactkit.layout.LineText.MAX_TITLE_WORDS;

import java.util.Optional;

/**
 * Rules for a line that opens with a dotted number ("4.", "4.1", "4.1)"): a heading, a numbered
 * list item, or a numbered paragraph whose number opens a section. In registry order they read the
 * list in progress first, then the document's numbering, then the line's own shape.
 */
final class NumberedRules {
    private NumberedRules() {
    }

    /** A dotted number whose text starts like a title ("4.1 Publish …", "3. What …"), or null. */
    private static LineFeatures.Dotted titled(LineFeatures f) {
        return f.dotted() != null && f.dotted().titleCase() ? f.dotted() : null;
    }

    /** "1. pay the full cost …" after "Funders will:": a numbered list item in lower case. */
    record LowerCaseItem() implements LineRule {
        @Override
        public String name() {
            return "numbered list continues in lower case (1., 2. after a lead-in)";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            LineFeatures.Dotted d = f.dotted();
            if (d != null && !d.titleCase() && d.singleLevel() && s.continuesNumberedList(d.first())) {
                return propose(Outcome.LOWER_CASE_NUMBERED_ITEM, d.number() + " follows " + listPosition(s));
            }
            return Optional.empty();
        }
    }

    /** "15. To recognise …" after a heading, when 14 came before it: the document numbers its paragraphs throughout. */
    record DocumentParagraph() implements LineRule {
        @Override
        public String name() {
            return "number of a numbered paragraph (numbered through the document)";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            LineFeatures.Dotted d = titled(f);
            if (d == null || !d.singleLevel() || s.lastTop() != null || s.lastSingleNumber() < 2 || d.first() != s.lastSingleNumber() + 1
                    || s.continuesNumberedList(d.first())) {
                return Optional.empty();
            }
            boolean shortTitle = d.words() <= 8 && !d.endsSentence() && !d.endsColon() && !d.runsOn();
            return shortTitle ? Optional.empty()
                    : propose(Outcome.DOCUMENT_PARAGRAPH, d.number() + " follows paragraph " + s.lastSingleNumber() + ", no numbered headings" + inSequence(f));
        }
    }

    /**
     * "2. Involve groups early …" after "1. …" or a lead-in; "1. Relaunch the Compact at a city-wide event" (an
     * instruction); "1. Independence: VCSE organisations are free to …" right under a heading: numbered list items.
     */
    record NumberedListItem() implements LineRule {
        @Override
        public String name() {
            return "numbered list continues (1., 2. after a lead-in)";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            LineFeatures.Dotted d = titled(f);
            if (d == null || !d.singleLevel()) {
                return Optional.empty();
            }
            int n = d.first();
            boolean nextSection = s.lastTop() != null && n == s.lastTop() + 1 && d.words() <= 8 && !d.endsSentence()
                    && !d.rest().endsWith(";") && s.afterBlank();
            if (nextSection) {
                return Optional.empty();
            }
            if (s.continuesNumberedList(n)) {
                return propose(Outcome.NUMBERED_ITEM, d.number() + " follows " + listPosition(s) + inSequence(f));
            }
            if (d.instruction()) {
                return propose(Outcome.NUMBERED_ITEM, "an instruction: starts with a base verb" + inSequence(f));
            }
            boolean listUnderHeading = n == 1 && !s.paragraphOpen() && s.lastBlock() != null
                    && (s.lastBlock() instanceof Heading || s.lastTop() == null)
                    && (d.endsSentence() || d.words() > MAX_TITLE_WORDS || d.runsOn());
            return listUnderHeading ? propose(Outcome.NUMBERED_ITEM, "1. with a sentence, right under a heading" + inSequence(f)) : Optional.empty();
        }
    }

    /** "4.2 …" while "4.1 Publish …" is being collected under "The Council commits to:": 4.1 ends here. */
    record CloseLeadInItem() implements LineRule {
        @Override
        public String name() {
            return "a dotted line closes the item before it";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            return titled(f) != null && s.dottedItemsUnderLeadIn() && s.paragraphNumber() != null
                    ? propose(Outcome.CLOSE_LEAD_IN_ITEM, "item " + s.paragraphNumber() + " is open") : Optional.empty();
        }
    }

    /** "The Council and the ICB commit to:" then "4.1 Publish …", "4.2 …": numbered items of that lead-in, not sections. */
    record LeadInItem() implements LineRule {
        @Override
        public String name() {
            return "dotted item under a lead-in (4.1, 4.2 after 'commit to:')";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            LineFeatures.Dotted d = titled(f);
            if (d == null || s.paragraphOpen() || d.singleLevel()) {
                return Optional.empty();
            }
            boolean afterLeadIn = s.lastBlock() instanceof Paragraph p && BARE_LEAD_IN.matcher(p.text()).find()
                    || s.dottedItemsUnderLeadIn() && s.lastBlock() instanceof ListItem;
            if (!afterLeadIn || d.words() <= 6 && !d.endsSentence() && !d.runsOn()) {
                return Optional.empty();
            }
            return propose(Outcome.LEAD_IN_ITEM, s.dottedItemsUnderLeadIn() ? "follows the lead-in's items" + inSequence(f) : "follows a lead-in ending at its modal" + inSequence(f));
        }
    }

    /** Any other dotted line starting like a title ends the items of a lead-in. */
    record EndLeadInItems() implements LineRule {
        @Override
        public String name() {
            return "the lead-in's dotted items end";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            return titled(f) != null && s.dottedItemsUnderLeadIn()
                    ? propose(Outcome.END_LEAD_IN_ITEMS, "a dotted line that is not an item") : Optional.empty();
        }
    }

    /** True when the line's number can open a section: plausible after the last, or a short title opening an excerpt ("4 Funding"). */
    private static boolean opensSection(LineFeatures.Dotted d, LineFeatures f, LayoutView s) {
        boolean standaloneTitle = d.words() <= 20 && !d.endsSentence() && !d.endsColon() && f.nextBlankOrEnd() && !d.modal();
        boolean shortTitle = d.words() <= 10 && !d.endsSentence() && !d.endsColon() && !d.runsOn() || standaloneTitle;
        return s.plausibleNumber(d.number()) || s.lastTop() == null && shortTitle && d.first() <= 40;
    }

    /**
     * "3. What the voluntary sector can expect from public bodies" standing alone, "2.1 Funding", "3. Undertakings
     * for the Council:": a numbered title (no modal, no full stop, not running on).
     */
    private static boolean isTitle(LineFeatures.Dotted d, LineFeatures f) {
        boolean longTitle = d.words() <= 20 && !d.endsSentence() && f.nextBlankOrEnd() && !d.modal();
        return !d.runsOn() && !d.foldingLeadIn() && ((d.endsColon() && d.words() <= 15)
                || (d.words() <= MAX_TITLE_WORDS && !d.endsSentence()) || longTitle);
    }

    /** "2.1 Funding", "3. What the voluntary sector can expect from public bodies": a numbered heading. */
    record NumberedTitle() implements LineRule {
        @Override
        public String name() {
            return "short numbered title";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            LineFeatures.Dotted d = titled(f);
            if (d == null || !opensSection(d, f, s) || !isTitle(d, f)) {
                return Optional.empty();
            }
            return propose(Outcome.NUMBERED_TITLE, d.number() + " and " + LineText.words(d.words()) + (d.endsSentence() ? "" : ", no full stop") + inSequence(f));
        }
    }

    /**
     * "5.3 The Council will publish its grant criteria …", a numbered line whose text runs on: its number
     * opens a section (the paragraph's own citation), its text is one item judged later by what it says.
     */
    record NumberedParagraph() implements LineRule {
        @Override
        public String name() {
            return "number of a numbered paragraph";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            LineFeatures.Dotted d = titled(f);
            if (d == null || !opensSection(d, f, s) || isTitle(d, f)) {
                return Optional.empty();
            }
            String why = d.runsOn() ? "text runs on to the next line" : d.foldingLeadIn() ? "a commitment its items complete"
                    : d.endsSentence() ? "a full sentence" : LineText.words(d.words());
            return propose(Outcome.NUMBERED_PARAGRAPH, d.number() + ", " + why + inSequence(f));
        }
    }

    /** "; sequence 4.1–4.5: 3 of 5 bodies are sentences", the document-level evidence of a dotted line. */
    private static String inSequence(LineFeatures f) {
        return f.sequence() == null ? "" : "; sequence " + f.sequence().describe();
    }

    private static String listPosition(LayoutView s) {
        return s.listNumber() > 0 ? "item " + s.listNumber() : "a lead-in";
    }
}
