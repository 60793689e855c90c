package io.github.compactkit.layout;

import static io.github.compactkit.layout.LineText.MAX_TITLE_WORDS;

import java.util.Optional;

/** Rules that read a heading from its marking: Markdown, underlining, Roman and lettered numbers, keywords, a number alone. */
final class HeadingRules {
    private HeadingRules() {
    }

    /** "## Funding": a Markdown heading, its level the number of "#"; or a title framed on its line ("=== Funding ==="). */
    record MarkdownHeading() implements LineRule {
        @Override
        public String name() {
            return "Markdown heading";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            return f.markdownHeading() == null ? Optional.empty()
                    : propose(Outcome.MARKDOWN_HEADING, f.markdownHeading().level() == 0 ? "a title framed by rule characters"
                            : "#".repeat(f.markdownHeading().level()) + " before the title");
        }
    }

    /** "Undertakings by the Council" over "-----" or "=====": a heading, as in Markdown's setext form. */
    record UnderlinedTitle() implements LineRule {
        @Override
        public String name() {
            return "title underlined with dashes";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            return !s.paragraphOpen() && f.setextUnderline() >= 0 && f.titleLike()
                    ? propose(Outcome.SETEXT_HEADING, "title-like line over a rule") : Optional.empty();
        }
    }

    /** "IV. Commitments of the voluntary sector": a Roman-numbered heading. */
    record RomanHeading() implements LineRule {
        @Override
        public String name() {
            return "Roman-numbered heading (IV. Title)";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            LineFeatures.Numbered r = f.roman();
            if (r != null && r.words() <= MAX_TITLE_WORDS && !r.runsOn() && (!s.paragraphOpen() || s.paragraphEndsSentence())) {
                return propose(Outcome.ROMAN_HEADING, "'" + r.number() + ".' and " + LineText.words(r.words()));
            }
            return Optional.empty();
        }
    }

    /** "F3 Public bodies undertake to …": a clause cited by its label is a numbered paragraph, judged by what it says. */
    record ClauseLabel() implements LineRule {
        @Override
        public String name() {
            return "number of a lettered clause (F3 …)";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            LineFeatures.Numbered c = f.clause();
            if (c == null || s.paragraphOpen() && !s.paragraphEndsSentence()) {
                return Optional.empty();
            }
            String why = c.runsOn() ? "text runs on to the next line" : c.endsSentence() ? "a full sentence"
                    : c.rest().endsWith(":") ? "ends with ':'" : c.words() > MAX_TITLE_WORDS ? LineText.words(c.words()) : null;
            return why == null ? Optional.empty() : propose(Outcome.CLAUSE_PARAGRAPH, "label " + c.number() + ", " + why);
        }
    }

    /** "B. Shared Values", "C1 Consultation", "C2.1 Grants": a lettered part or section heading. */
    record LetteredHeading() implements LineRule {
        @Override
        public String name() {
            return "lettered heading (B., C1)";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            LineFeatures.Numbered l = f.lettered();
            if (l != null && !f.initial() && l.words() <= 8 && (l.number().length() > 1 || f.text().charAt(1) == '.')
                    && !l.number().matches("[IVX]") && !l.runsOn()) {
                return propose(Outcome.LETTERED_HEADING, "label " + l.number() + " and " + LineText.words(l.words()));
            }
            return Optional.empty();
        }
    }

    /**
     * "Part 3: Funding", "Section Two", "Appendix A" (its title on the next line when it stands alone);
     * not "Section 2 sets out …", a sentence about a section, nor "Section 2: …" inside running text.
     */
    record KeywordHeading() implements LineRule {
        @Override
        public String name() {
            return "keyword heading (Part, Section, Appendix)";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            LineFeatures.Keyword k = f.keyword();
            if (k == null || !k.startsUpperCase() || s.paragraphOpen() && !s.paragraphEndsSentence()) {
                return Optional.empty(); // "… the review arrangements in" / "section VII." wraps a sentence; it opens nothing
            }
            if (k.rest().isEmpty()) {
                return propose(Outcome.KEYWORD_HEADING, k.number() + " alone on its line");
            }
            boolean colonForm = k.sectionColon() && !(s.afterBlank() && f.nextBlankOrEnd());
            boolean sentence = Character.isLowerCase(k.rest().charAt(0)) || k.runsOn();
            if (!colonForm && !sentence && k.words() <= MAX_TITLE_WORDS && !k.endsSentence()) {
                return propose(Outcome.KEYWORD_HEADING, k.number() + " and a title of " + LineText.words(k.words()));
            }
            return Optional.empty();
        }
    }

    /** "5.1" alone, "Consultation" on the next line: a numbered heading whose title follows. */
    record NumberAlone() implements LineRule {
        @Override
        public String name() {
            return "number alone, title on the next line";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            if (f.alone() != null && f.nextNonBlank() > 0 && f.nextTitleLike() && s.plausibleNumber(f.alone())) {
                return propose(Outcome.NUMBER_ALONE_HEADING, f.alone() + " alone, a title-like line after it");
            }
            return Optional.empty();
        }
    }
}
