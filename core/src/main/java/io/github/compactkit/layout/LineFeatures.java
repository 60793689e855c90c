package io.github.compactkit.layout;

import io.github.compactkit.ingest.SourceLine;
import io.github.compactkit.model.Span;
import java.util.List;
import java.util.function.Supplier;

/**
 * What one line shows, read once before any rule looks at it: its text and indentation, the
 * marker or number it opens with, its cells, its shape (words, full stop, title-like) and what the
 * lines after it look like. Facts only: which block the line becomes is the rules' vote and the
 * {@link Decider}'s choice. Null components mean "the line has no such marker".
 *
 * @param index           the line's index in the document
 * @param raw             the line as read, indentation kept
 * @param text            the cleaned text (emphasis, links and footnote marks removed, spaces collapsed)
 * @param indent          leading spaces, a tab counting four
 * @param words           words in {@code text}
 * @param endsSentence    {@code text} ends with a full stop (or "!", or "?" after 60 characters)
 * @param titleLike       {@code text} is shaped like a title (short, capital first, no closing punctuation)
 * @param startsLowerCase {@code text} starts with a lower-case letter
 * @param dashFields      how many " – " field separators {@code text} holds
 * @param namedEntry      the line opens with a name and a separator ("Respect – …")
 * @param initial         the line is a name with an initial ("J. Smith"), not a marker
 * @param nextNonBlank    index of the next line with text that was not set aside, or -1
 * @param nextBlankOrEnd  the very next line is blank, or there is none
 * @param nextTitleLike   the next non-blank line is shaped like a title
 * @param setextUnderline index of a line of dashes or equals signs right under this one, or -1
 * @param alignedColumnsCheck column starts when this line heads a table aligned with spaces, else null:
 *                        looked at when a rule first asks (it reads the lines below), then remembered
 * @param tabs            what the line's tabs say, or null when it holds none
 * @param markdownHeading a Markdown "#" heading with text, or null
 * @param pipeRow         a Markdown table line "| … |", or null
 * @param bullet          a bullet marker and its text (not a dash inside a sentence), or null
 * @param enumerated      an enumerator "(a)", "(iv)", "a." and its text, or null
 * @param roman           "IV. Title", or null
 * @param clause          "F3 Public bodies …", or null
 * @param lettered        "B. Shared Values", "C1 Consultation", or null
 * @param keyword         "Part 3 …", "Section Two …", or null
 * @param alone           a number alone on the line ("5.1", "3."), or null
 * @param dotted          "2.3 Title", "4. text", "4.1) text", or null
 * @param sequence        for a dotted line, its numbered sequence in the whole document
 *                        ({@link NumberedSequences}), or null
 * @param fieldLabel      the label the line opens with ("Who", "What we will do") when at least three lines of
 *                        the document open with it, as the fields of a form do; else null
 */
record LineFeatures(int index, SourceLine line, String raw, String text, Span span, int indent,
                    int words, boolean endsSentence, boolean titleLike, boolean startsLowerCase, int dashFields,
                    boolean namedEntry, boolean initial,
                    int nextNonBlank, boolean nextBlankOrEnd, boolean nextTitleLike, int setextUnderline,
                    Supplier<int[]> alignedColumnsCheck, Tabs tabs, MarkdownHeading markdownHeading, PipeRow pipeRow,
                    Marker bullet, Marker enumerated, Numbered roman, Numbered clause, Numbered lettered,
                    Keyword keyword, String alone, Dotted dotted, NumberedSequences.Sequence sequence, String fieldLabel) {

    /** These features with the line's numbered sequence, known once every line is read. */
    LineFeatures inSequence(NumberedSequences.Sequence s) {
        return new LineFeatures(index, line, raw, text, span, indent, words, endsSentence, titleLike, startsLowerCase,
                dashFields, namedEntry, initial, nextNonBlank, nextBlankOrEnd, nextTitleLike, setextUnderline, alignedColumnsCheck,
                tabs, markdownHeading, pipeRow, bullet, enumerated, roman, clause, lettered, keyword, alone, dotted, s, fieldLabel);
    }

    /** Column starts when this line heads a table aligned with spaces, else null. */
    int[] alignedColumns() {
        return alignedColumnsCheck.get();
    }

    /** A marker and the text after it. */
    record Marker(String marker, String text) {
    }

    /**
     * A number or label and the rest of the line.
     *
     * @param runsOn the next line continues this one's text (lower case, or this one cannot end a title)
     */
    record Numbered(String number, String rest, int words, boolean endsSentence, boolean runsOn) {
    }

    /**
     * "Part 3: Funding", "Section 2", "Appendix A".
     *
     * @param number       the normalised number ("Part 3")
     * @param rest         the title after it, stripped (may be empty)
     * @param sectionColon "Section 2: …", the form that lists sections inside running text
     */
    record Keyword(String number, String rest, boolean startsUpperCase, boolean sectionColon, int words,
                   boolean endsSentence, boolean runsOn) {
    }

    /**
     * A dotted number and the rest of the line.
     *
     * @param first        the number's first part ("4" of "4.2")
     * @param titleCase    the rest starts like a title (capital, quote or bracket)
     * @param instructionCheck the rest is an instruction: four words or more, no colon, a base verb first
     *                     ("Relaunch the Compact at …"), by part-of-speech tagging when a rule first asks (tagging
     *                     costs), then remembered
     * @param modal        the rest holds a modal or commitment verb
     * @param foldingLeadIn the rest is a commitment whose items complete it ("… will make consultation accessible by:")
     */
    record Dotted(String number, String rest, int first, boolean singleLevel, boolean titleCase, int words,
                  boolean endsSentence, boolean runsOn, Supplier<Boolean> instructionCheck, boolean modal,
                  boolean foldingLeadIn) {
        boolean instruction() {
            return instructionCheck.get();
        }

        boolean endsColon() {
            return rest.endsWith(":");
        }
    }

    /** A Markdown heading's level (number of "#") and its cleaned title. */
    record MarkdownHeading(int level, String title) {
    }

    /** A Markdown table line: its cells, or none when it is the rule under the header ("|---|---|"). */
    record PipeRow(boolean rule, List<String> cells) {
    }

    /**
     * What the tabs of a line say.
     *
     * @param cells         the line's cells
     * @param leading       how many tabs the line starts with
     * @param tabInside     a tab after the first text
     */
    /**
     * What a line's tabs say.
     *
     * @param cells     the non-empty cells, trailing empty ones dropped
     * @param leading   tabs before the first text
     * @param tabInside a tab between two pieces of text
     * @param columns   every tab-separated field, empty ones kept: the columns the line's text falls in
     */
    record Tabs(List<String> cells, int leading, boolean tabInside, List<String> columns) {
    }
}
