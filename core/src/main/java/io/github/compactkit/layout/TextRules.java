package io.github.compactkit.layout;

import static io.github.compactkit.layout.LineText.endsSentence;

import java.util.Optional;

/** Rules for a line with no marker or number that claimed it: wrapped items, paragraphs, titles glued to their text. */
final class TextRules {
    private TextRules() {
    }

    /**
     * "• Consult groups early when" then "services are designed": the wrapped next line of the item above
     * (PDF and Word exports set it as its own paragraph).
     */
    record ContinuesItem() implements LineRule {
        @Override
        public String name() {
            return "wrapped line of the item above";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            if (s.paragraphOpen() || !(s.lastBlock() instanceof ListItem item)) {
                return Optional.empty();
            }
            // In a text that does not wrap its lines, a line opening with a capital is a paragraph of its own.
            boolean ownLine = s.unwrapped() && Character.isUpperCase(f.text().charAt(0));
            if (!s.afterBlank() && !ownLine) {
                return propose(Outcome.CONTINUES_ITEM, "no blank line after a list item");
            }
            boolean continues = f.startsLowerCase() && !endsSentence(item.text()) && !item.text().endsWith(":") && !s.lastBlockEndedItem();
            return continues ? propose(Outcome.CONTINUES_ITEM, "lower case after an item with no full stop") : Optional.empty();
        }
    }

    /** "… as agreed." then "Funding" with a blank line after it: a title glued under the paragraph, not its next line. */
    record TitleAfterParagraph() implements LineRule {
        @Override
        public String name() {
            return "title line under a finished paragraph";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            return s.paragraphOpen() && s.paragraphEndsSentence() && f.titleLike() && f.nextBlankOrEnd()
                    ? propose(Outcome.NEW_PARAGRAPH, "the paragraph ends with a full stop; a title-like line stands alone")
                    : Optional.empty();
        }
    }

    /** "Action – Lead – Date" lines one under another: one record per line, as a table without tabs. */
    record RecordLine() implements LineRule {
        @Override
        public String name() {
            return "record line (Action \u2013 Lead \u2013 Date)";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            return s.paragraphOpen() && s.paragraphNumber() == null && s.lastPartDashFields() >= 2 && f.dashFields() >= 2
                    ? propose(Outcome.NEW_PARAGRAPH, f.dashFields() + " dash separators, as the line above") : Optional.empty();
        }
    }

    /**
     * "Who: The Commissioner" then "What we will do: …": a field of a form the document repeats block after block
     * starts a paragraph of its own, even where the line above does not end a sentence.
     */
    record FieldLine() implements LineRule {
        @Override
        public String name() {
            return "field line (Who: …, What we will do: …)";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            return f.fieldLabel() == null ? Optional.empty()
                    : propose(Outcome.NEW_PARAGRAPH, "opens with the field label '" + f.fieldLabel() + ":', as other lines of the document do");
        }
    }

    /**
     * "Respect – …" then "Openness – …" on the next line: one entry per line, not one wrapped paragraph;
     * entries labelled alike ("Council and NHS: give …" / "Voluntary sector: make …", "[VCS] …") need no full stop.
     */
    record NamedEntryLine() implements LineRule {
        @Override
        public String name() {
            return "named entry line (Openness \u2013 …)";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            if (!s.paragraphOpen() || s.paragraphNumber() != null || !f.namedEntry()) {
                return Optional.empty();
            }
            if (s.paragraphEndsSentence()) {
                return propose(Outcome.NEW_PARAGRAPH, "a name and a separator after a full stop");
            }
            return LineText.sameEntryLabel(s.firstPart(), f.raw().strip())
                    ? propose(Outcome.NEW_PARAGRAPH, "labelled like the entry above") : Optional.empty();
        }
    }

    /** "Independence" with its sentence on the very next line: a heading, then its paragraph. */
    record GluedTitle() implements LineRule {
        @Override
        public String name() {
            return "short title line glued above its sentence";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            return s.paragraphOpen() && s.paragraphLines() == 1 && s.paragraphNumber() == null
                    && LineText.isGluedTitle(s.paragraphText(), f.text())
                    ? propose(Outcome.GLUED_TITLE, "a short title-like line, then a sentence") : Optional.empty();
        }
    }

    /** "The Council will consult groups" then "on changes to services.": the open paragraph goes on. */
    record ContinuesParagraph() implements LineRule {
        @Override
        public String name() {
            return "paragraph continues";
        }

        @Override
        public boolean fallback() {
            return true;
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            return s.paragraphOpen() ? propose(Outcome.CONTINUE_PARAGRAPH, "no blank line before it") : Optional.empty();
        }
    }

    /** "Grants are reviewed each year." after a blank line: any other line starts a paragraph. */
    record StartsParagraph() implements LineRule {
        @Override
        public String name() {
            return "paragraph starts";
        }

        @Override
        public boolean fallback() {
            return true;
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            return s.paragraphOpen() ? Optional.empty() : propose(Outcome.NEW_PARAGRAPH, "no paragraph open");
        }
    }
}
