package io.github.compactkit.layout;

import io.github.compactkit.ingest.LineHint;
import io.github.compactkit.ingest.SourceLine;
import io.github.compactkit.model.Span;
import io.github.compactkit.nlp.PartOfSpeech;
import io.github.compactkit.nlp.TextTokens;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Turns lines into blocks. Readers that know the layout (PDF fonts, DOCX styles) pass hints; for
 * plain text the decision rests on markers, numbering, line length and blank lines. Stateless and
 * thread-safe: all per-document state lives in a {@link Run}.
 */
public final class TextLayout {
    private static final Pattern BULLET = Pattern.compile("^([-\u2022\u00B7\u25AA\u25E6\u25CF\u25CB\u25A0\u25A1\u27A2\u25BA\u25B8\u2713\u2714\u2610\u2611\u2612\u2751\u27A4\u25B6\u25C6\u2794\u2013\u2014*\uF0B7\uF0A7\uF0D8\uF076]|o(?=\\s))\\s*(.*)$");
    private static final Pattern ENUMERATED = Pattern.compile("^(\\(?([ivx]{1,5}|[a-z]|\\d{1,2})\\)|([a-z]|[ivx]{1,5})\\.)\\s+(\\S.*)$");
    private static final Pattern TOC_ENTRY = Pattern.compile("^(.*\\S)(?:\\t+|\\s*\\.{3,}\\s*|\\s{3,})(\\d{1,3})$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern CONTENTS = Pattern.compile("(?i)^((table of )?contents|on this page|in this (section|document|guide)):?$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^(page\\s+\\d+(\\s+of\\s+\\d+)?|[-\u2013]\\s*\\d{1,3}\\s*[-\u2013]|\\d{1,3}\\s*/\\s*\\d{1,3})$");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*$");
    private static final Pattern MARKDOWN_TABLE_RULE = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?$");
    private static final int MAX_TITLE_WORDS = 12;
    /** A line this long that is followed by text is hard-wrapped running text, not a title. */
    private static final int WRAPPED_LINE_CHARS = 55;
    /** Longer than any wrap width a text file uses: a paragraph kept on one line. */
    private static final int UNWRAPPED_LINE_CHARS = 120;
    /** A lead-in that stops at its modal or commitment verb: its items each say what is promised. */
    private static final Pattern BARE_LEAD_IN = Pattern.compile(
            "(?i)\\b(will|shall|should|must|(agree|undertake|commit|pledge|promise)s? to|(are|is) committed to)(\\s*,[^,]{0,80},?)?"
                    + "\\s*(the following|that|as follows)?\\s*:$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^(-{3,}|={3,})$");
    /** A modal already followed by its verb: "… will make consultation accessible by:". */
    private static final Pattern STARTED_COMMITMENT = Pattern.compile("(?i)\\b(will|shall)\\s+(?:also\\s+|not\\s+)?[a-z]{3,}\\s+\\S");
    /** A lettered part or section heading: "B. Shared Values", "C1 Consultation", "C2.1 Grants". */
    private static final Pattern LETTERED = Pattern.compile("^([A-Z](?:\\d{1,2}(?:\\.\\d{1,2})*)?)(?:\\.|\\s)\\s*([A-Z][^.!?]*)$");
    /** A heading numbered in Roman numerals: "IV. Commitments of the voluntary sector". */
    private static final Pattern ROMAN = Pattern.compile("^(I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3})\\.\\s+([A-Z][^.!?]*)$");
    /** A clause cited by a letter and a number, as codes of practice number them: "F3 Public bodies undertake to …". */
    private static final Pattern CLAUSE_LABEL = Pattern.compile("^([A-Z]{1,2}\\d{1,3})\\s+([A-Z(\u2018'\"].*)$");
    /** A rule drawn with characters around a boxed panel: "+------+", "______", "────". */
    private static final Pattern BOX_RULE = Pattern.compile("^[+|]?[-=_+\u2500-\u257F]{3,}[+|]?$");
    /** A panel's rule run into the text after it: "+-------+ INDEPENDENCE Voluntary groups …". */
    private static final Pattern RULE_THEN_TEXT = Pattern.compile("^[+|]?[-=_\u2500-\u257F]{8,}[+|]?\\s+(\\S.*)$");
    /** Fewer lines than this apart, two copies of a line are not running headers of two pages. */
    private static final int MIN_PAGE_LINES = 12;
    private static final Pattern NAMED_ENTRY = Pattern.compile(
            "^(\\*\\*[A-Z][\\w' -]{1,40}[.:]?\\*\\*|[A-Z][\\w'-]*(\\s+[a-zA-Z][\\w'-]*){0,3}\\s*(:|\\s[\u2013\u2014-])"
                    + "|[A-Z][a-z]+(\\s+(and|of|for|[a-z]+)){0,2}\\.(?=\\s+[A-Z]))\\s");
    /** A label in square brackets opening a line: "[Statutory] publish …". */
    private static final Pattern BRACKET_LABEL = Pattern.compile("^\\[[A-Za-z][\\w '&-]{1,40}\\]\\s+\\S");
    /** A running header or footer ending in its page number: "Westmoor Local Compact 2014      Page 6". */
    private static final Pattern RUNNING_LINE = Pattern.compile("(?i)^\\S.{2,80}?(\\s{3,}|\\t+|\\s[|\u2013\u2014-]\\s)(page\\s+)?\\d{1,3}(\\s+of\\s+\\d{1,3})?$");
    private static final Pattern MODAL_WORD = Pattern.compile("(?i)\\b(will|shall|must|should|undertakes?|agrees?|commits?)\\b");
    /** A gap of three or more spaces between the columns of a table laid out with spaces. */
    private static final Pattern WIDE_GAP = Pattern.compile("(?<=\\S) {3,}(?=\\S)");
    /** A line ending in a tab then "Page N": a running footer laid out with a tab stop. */
    private static final Pattern TABBED_PAGE = Pattern.compile("(?i)\\S\\t+page\\s+\\d{1,3}(\\s+of\\s+\\d{1,3})?\\s*$");
    /** Words a title does not end with: a line ending in one runs on. */
    private static final Set<String> DANGLING_WORDS = Set.of("the", "a", "an", "and", "or", "of", "to", "for",
            "with", "in", "on", "by", "will", "shall", "its", "their", "our", "that", "which", "who", "from", "at", "as", "is", "are");

    /** Lays out the lines of one document. */
    public LayoutResult layout(List<SourceLine> lines) {
        return new Run(lines).run();
    }

    /** The state of laying out one document. */
    private static final class Run {
        private final List<SourceLine> lines;
        private final String[] clean;
        private final boolean[] skip;
        private final List<Block> blocks = new ArrayList<>();
        /** Which rule decided each block, index by index: what {@code --explain} shows. */
        private final List<String> rules = new ArrayList<>();
        private final List<String> toc = new ArrayList<>();
        private final List<String> footnotes = new ArrayList<>();
        private final List<String> furniture = new ArrayList<>();
        private final StringBuilder paragraph = new StringBuilder();
        private final List<String> paragraphParts = new ArrayList<>();
        private final List<Span> paragraphPartSpans = new ArrayList<>();
        private Span paragraphSpan;
        /** The number of the numbered paragraph being collected ("3.4"), or null. */
        private String paragraphNumber;
        private int paragraphLines;
        private boolean afterBlank = true;
        private final Deque<int[]> bulletIndents = new ArrayDeque<>();
        private final List<String> markerTypes = new ArrayList<>();
        private final Map<Integer, Integer> lastNumberAtDepth = new HashMap<>();
        private int listNumber;
        /** True while dotted items ("4.1", "4.2") follow a lead-in ending at its modal: they are its items, not sections. */
        private boolean dottedItemsUnderLeadIn;
        /** The last single number read as a list item or numbered paragraph: documents number paragraphs across headings. */
        private int lastSingleNumber;
        private char lastLetter;
        /** True when the text keeps each paragraph on one line instead of wrapping it. */
        private final boolean unwrapped;

        Run(List<SourceLine> lines) {
            this.lines = lines;
            this.clean = new String[lines.size()];
            this.skip = new boolean[lines.size()];
            int text = 0;
            int longLines = 0;
            for (int i = 0; i < lines.size(); i++) {
                clean[i] = TextCleaner.clean(lines.get(i).text());
                if (lines.get(i).hint() == LineHint.NONE && clean[i].length() > 40 && clean[i].indexOf('|') < 0
                        && lines.get(i).text().indexOf('\t') < 0) {
                    text++;
                    longLines += clean[i].length() > UNWRAPPED_LINE_CHARS ? 1 : 0;
                }
            }
            // Text copied from a viewer keeps each paragraph on one line: many lines far longer than any wrap width.
            this.unwrapped = longLines >= 5 && longLines * 4 >= text;
        }

        LayoutResult run() {
            markTableOfContents();
            markFurniture();
            for (int i = 0; i < lines.size(); i++) {
                if (skip[i]) {
                    continue;
                }
                SourceLine line = lines.get(i);
                String text = clean[i];
                if (text.isEmpty() || BOX_RULE.matcher(text).matches() && !SETEXT_UNDERLINE.matcher(text).matches()) {
                    // A box drawn around a panel separates blocks as a blank line does.
                    flushParagraph();
                    afterBlank = true;
                    continue;
                }
                Matcher ruled = RULE_THEN_TEXT.matcher(text);
                if (ruled.matches()) {
                    // "+------+ INDEPENDENCE Voluntary groups …": a reader ran a panel's rule into the text after it;
                    // the rule still ends the block before.
                    flushParagraph();
                    afterBlank = true;
                    clean[i] = ruled.group(1);
                    text = clean[i];
                }
                if (TextCleaner.isFootnote(line.text())) {
                    flushParagraph();
                    footnotes.add(text);
                    continue;
                }
                i = line.hint() == LineHint.NONE ? layoutPlain(i) : layoutHinted(i);
                afterBlank = false;
            }
            flushParagraph();
            return new LayoutResult(blocks, toc, footnotes, furniture, rules);
        }

        // --- lines whose reader knew the layout ---------------------------------------------

        private int layoutHinted(int i) {
            SourceLine line = lines.get(i);
            String text = clean[i];
            Span span = spanOf(line);
            switch (line.hint()) {
                case HEADING -> {
                    flushParagraph();
                    addHeading(text, line.level(), span, i);
                }
                case LIST_ITEM -> {
                    flushParagraph();
                    if (isSectionHeading(text)) {
                        // An empty bullet that swallowed the next line's "6.5 Title" in the source document.
                        addHeading(text, 0, span, i);
                        break;
                    }
                    String itemText = text;
                    String marker = "\u2022";
                    Matcher enumerated = ENUMERATED.matcher(text);
                    if (enumerated.matches()) {
                        marker = enumerated.group(1);
                        itemText = enumerated.group(4);
                    }
                    if (!itemText.isEmpty()) {
                        add(new ListItem(itemText, Math.max(0, line.level()), marker, span), "reader list item");
                    }
                }
                case TABLE_ROW -> {
                    flushParagraph();
                    add(new TableRow(cells(line.text()), span), "reader table row");
                }
                case CONTINUATION -> appendToPrevious(text, span);
                default -> layoutPlain(i);
            }
            return i;
        }

        private boolean isSectionHeading(String text) {
            Matcher dotted = HeadingNumbers.DOTTED.matcher(text);
            return dotted.matches() && dotted.group(1).indexOf('.') > 0 && plausibleNumber(dotted.group(1))
                    && isTitleLine(dotted.group(3)) && startsLikeTitle(dotted.group(3));
        }

        private void addHeading(String text, int hintLevel, Span span, int index) {
            Matcher keyword = HeadingNumbers.KEYWORD.matcher(text);
            Matcher dotted = HeadingNumbers.DOTTED.matcher(text);
            Matcher alone = HeadingNumbers.ALONE.matcher(text);
            if (keyword.matches()) {
                add(new Heading(HeadingNumbers.keywordNumber(keyword), keyword.group(3).strip(), 1, span), "keyword heading (Part, Section, Appendix)");
            } else if (alone.matches() && plausibleNumber(alone.group(1))) {
                noteNumber(alone.group(1));
                add(new Heading(alone.group(1), "", HeadingNumbers.depth(alone.group(1)), span), "number alone on its line");
            } else if (dotted.matches() && plausibleNumber(dotted.group(1))) {
                noteNumber(dotted.group(1));
                add(new Heading(dotted.group(1), dotted.group(3), HeadingNumbers.depth(dotted.group(1)), span), "dotted number and title");
            } else {
                add(new Heading(null, text, Math.max(0, hintLevel), span), "reader heading");
            }
            resetLists();
        }

        // --- plain text ---------------------------------------------------------------------

        private int layoutPlain(int i) {
            SourceLine line = lines.get(i);
            String raw = line.text();
            String text = clean[i];
            Span span = spanOf(line);
            int indent = indentOf(raw);

            Matcher markdownHeading = MARKDOWN_HEADING.matcher(raw.strip());
            if (afterBlank && paragraph.length() == 0) {
                int[] columns = alignedColumns(i);
                if (columns != null) {
                    return layoutAlignedTable(i, columns);
                }
            }
            if (raw.startsWith("\t") && raw.strip().indexOf('\t') < 0 && !afterBlank && paragraph.length() == 0 && !blocks.isEmpty()
                    && blocks.get(blocks.size() - 1) instanceof TableRow row) {
                // "<TAB>the final decision" under a row: the wrapped rest of the cell its tabs point to.
                int column = 0;
                while (column < raw.length() && raw.charAt(column) == '\t') {
                    column++;
                }
                List<String> cells = new ArrayList<>(row.cells());
                int target = Math.min(column, cells.size() - 1);
                cells.set(target, (cells.get(target) + " " + text).strip());
                blocks.set(blocks.size() - 1, new TableRow(cells, row.span().union(span)));
                return i;
            }
            if (markdownHeading.matches() && !markdownHeading.group(2).isBlank()) {
                flushParagraph();
                addHeading(TextCleaner.clean(markdownHeading.group(2)), markdownHeading.group(1).length(), span, i);
                return i;
            }
            if (raw.strip().startsWith("|") && raw.strip().endsWith("|") && raw.strip().length() > 2) {
                flushParagraph();
                if (!MARKDOWN_TABLE_RULE.matcher(raw.strip()).matches()) {
                    String inner = raw.strip().substring(1, raw.strip().length() - 1);
                    List<String> cells = new ArrayList<>();
                    for (String cell : inner.split("\\|", -1)) {
                        cells.add(TextCleaner.clean(cell));
                    }
                    add(new TableRow(cells, span), "Markdown table row");
                }
                return i;
            }
            if (line.text().indexOf('\t') >= 0) {
                List<String> cells = cells(line.text());
                if (raw.startsWith("\t") && !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof TableRow above
                        && above.cells().size() == cells.size() + 1) {
                    // "<TAB>offer … <TAB>keep …" under "Funding<TAB>give …<TAB>tell …": the first column is merged
                    // with the row above; the row's cells keep their columns.
                    cells = new ArrayList<>(cells);
                    cells.add(0, "");
                }
                if (cells.size() >= 3) {
                    // "1<TAB>Agree one consultation period<TAB>Compact Group<TAB>April 2017": a table row, whatever its first cell.
                    flushParagraph();
                    add(new TableRow(cells, span), "tab-separated cells");
                    return i;
                }
            }
            Matcher bullet = BULLET.matcher(text);
            if (bullet.matches() && !isDashInSentence(text)) {
                flushParagraph();
                String itemText = stripTrailingSemicolon(bullet.group(2).strip());
                if (!itemText.isEmpty()) {
                    // A bullet whose text starts with an enumerator ("- (a) ...") nests by that enumerator.
                    add(new ListItem(itemText, bulletLevel(indent), bullet.group(1), span), "bullet marker");
                }
                return i;
            }
            Matcher enumerated = ENUMERATED.matcher(text);
            if (enumerated.matches() && !looksLikeInitial(text)) {
                flushParagraph();
                String marker = enumerated.group(1);
                add(new ListItem(stripTrailingSemicolon(enumerated.group(4)), enumeratedLevel(marker, indent), marker, span), "enumerator marker ((a), (i), a.)");
                return i;
            }
            int underline = nextNonBlank(i);
            if (paragraph.length() == 0 && underline == i + 1 && SETEXT_UNDERLINE.matcher(clean[underline]).matches() && isTitleLine(text)) {
                // "Undertakings by the Council" over a line of dashes or equals signs: a heading (as in Markdown's setext form).
                flushParagraph();
                add(new Heading(null, text, 0, span.union(spanOf(lines.get(underline)))), "title underlined with dashes");
                resetLists();
                return underline;
            }
            Matcher roman = ROMAN.matcher(text);
            if (roman.matches() && wordCount(roman.group(2)) <= MAX_TITLE_WORDS && !runsOnToNextLine(i, roman.group(2))
                    && (paragraph.length() == 0 || endsSentence(paragraph))) {
                flushParagraph();
                add(new Heading(roman.group(1), roman.group(2).strip(), 1, span), "Roman-numbered heading (IV. Title)");
                resetLists();
                return i;
            }
            Matcher clause = CLAUSE_LABEL.matcher(text);
            if (clause.matches() && (paragraph.length() == 0 || endsSentence(paragraph))
                    && (runsOnToNextLine(i, clause.group(2)) || endsSentence(clause.group(2)) || clause.group(2).endsWith(":")
                    || wordCount(clause.group(2)) > MAX_TITLE_WORDS)) {
                // "F3 Public bodies undertake to …": a clause cited by its label is a numbered paragraph, judged by what it says.
                flushParagraph();
                String number = clause.group(1);
                add(new Heading(number, "", 2, span), "number of a lettered clause (F3 …)");
                resetLists();
                startParagraph(clause.group(2), span);
                paragraphNumber = number;
                return i;
            }
            Matcher lettered = LETTERED.matcher(text);
            if (lettered.matches() && !looksLikeInitial(text) && wordCount(lettered.group(2)) <= 8
                    && (lettered.group(1).length() > 1 || text.charAt(1) == '.') && !lettered.group(1).matches("[IVX]")
                    && !runsOnToNextLine(i, lettered.group(2))) {
                flushParagraph();
                String number = lettered.group(1);
                add(new Heading(number, lettered.group(2).strip(), number.length() == 1 ? 1 : 2, span), "lettered heading (B., C1)");
                resetLists();
                return i;
            }
            Matcher keyword = HeadingNumbers.KEYWORD.matcher(text);
            if (keyword.matches() && isKeywordHeading(keyword, i)) {
                flushParagraph();
                String title = keyword.group(3).strip();
                int next = i;
                if (title.isEmpty()) {
                    int candidate = nextNonBlank(i);
                    if (candidate > 0 && isTitleLine(clean[candidate])) {
                        title = clean[candidate];
                        next = candidate;
                        span = span.union(spanOf(lines.get(candidate)));
                    }
                }
                add(new Heading(HeadingNumbers.keywordNumber(keyword), title, 1, span), "keyword heading (Part, Section, Appendix)");
                resetLists();
                return next;
            }
            Matcher alone = HeadingNumbers.ALONE.matcher(text);
            if (alone.matches()) {
                int candidate = nextNonBlank(i);
                if (candidate > 0 && isTitleLine(clean[candidate]) && plausibleNumber(alone.group(1))) {
                    flushParagraph();
                    String number = alone.group(1);
                    noteNumber(number);
                    add(new Heading(number, clean[candidate], HeadingNumbers.depth(number),
                            span.union(spanOf(lines.get(candidate)))), "number alone, title on the next line");
                    resetLists();
                    return candidate;
                }
            }
            Matcher dotted = HeadingNumbers.DOTTED.matcher(text);
            if (dotted.matches() && !startsLikeTitle(dotted.group(3)) && dotted.group(1).indexOf('.') < 0
                    && continuesNumberedList(Integer.parseInt(dotted.group(1)))) {
                // "1. pay the full cost …" after "Funders will:": a numbered list item in lower case.
                flushParagraph();
                listNumber = Integer.parseInt(dotted.group(1));
                String marker = dotted.group(1) + ".";
                add(new ListItem(stripTrailingSemicolon(dotted.group(3)), enumeratedLevel(marker, indent), marker, span),
                        "numbered list continues (1., 2. after a lead-in)");
                return i;
            }
            if (dotted.matches() && startsLikeTitle(dotted.group(3))) {
                String number = dotted.group(1);
                String rest = dotted.group(3);
                boolean singleLevel = number.indexOf('.') < 0;
                Integer lastTop = lastNumberAtDepth.get(1);
                // "4 Funding" opening an excerpt: a short title makes a number plausible wherever it starts.
                boolean standaloneTitle = wordCount(rest) <= 20 && !endsSentence(rest) && !rest.endsWith(":") && nextIsBlankOrEnd(i)
                        && !MODAL_WORD.matcher(rest).find();
                boolean shortTitle = wordCount(rest) <= 10 && !endsSentence(rest) && !rest.endsWith(":") && !runsOnToNextLine(i, rest)
                        || standaloneTitle;
                boolean nextSection = singleLevel && lastTop != null && Integer.parseInt(number) == lastTop + 1
                        && wordCount(rest) <= 8 && !endsSentence(rest) && !rest.endsWith(";") && afterBlank;
                // "1. Relaunch the Compact at a city-wide event": a numbered instruction is an item, not a heading.
                boolean instruction = wordCount(rest) >= 4 && !rest.endsWith(":") && PartOfSpeech.startsWithBaseVerb(rest);
                // "1. Independence: VCSE organisations are free to …" right under a heading starts a numbered list of sentences.
                boolean listUnderHeading = singleLevel && Integer.parseInt(number) == 1 && paragraph.length() == 0 && !blocks.isEmpty()
                        && (blocks.get(blocks.size() - 1) instanceof Heading || lastNumberAtDepth.isEmpty())
                        && (endsSentence(rest) || wordCount(rest) > MAX_TITLE_WORDS || runsOnToNextLine(i, rest));
                // "15. To recognise …" after a heading, when 14 came before it: the document numbers its paragraphs throughout.
                boolean continuesDocument = singleLevel && lastNumberAtDepth.isEmpty() && lastSingleNumber >= 2
                        && Integer.parseInt(number) == lastSingleNumber + 1 && !continuesNumberedList(Integer.parseInt(number))
                        && !(wordCount(rest) <= 8 && !endsSentence(rest) && !rest.endsWith(":") && !runsOnToNextLine(i, rest));
                if (continuesDocument) {
                    flushParagraph();
                    lastSingleNumber = Integer.parseInt(number);
                    add(new Heading(number, "", 1, span), "number of a numbered paragraph (numbered through the document)");
                    resetLists();
                    startParagraph(rest, span);
                    paragraphNumber = number;
                    return i;
                }
                if (singleLevel && !nextSection && (continuesNumberedList(Integer.parseInt(number)) || instruction || listUnderHeading)) {
                    flushParagraph();
                    listNumber = Integer.parseInt(number);
                    lastSingleNumber = listNumber;
                    String marker = number + ".";
                    add(new ListItem(stripTrailingSemicolon(rest), enumeratedLevel(marker, indent), marker, span), "numbered list continues (1., 2. after a lead-in)");
                    return i;
                }
                if (dottedItemsUnderLeadIn && paragraphNumber != null) {
                    flushParagraph(); // the item before this one ends here
                }
                Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
                boolean afterLeadIn = paragraph.length() == 0 && !singleLevel && (last instanceof Paragraph p && BARE_LEAD_IN.matcher(p.text()).find()
                        || dottedItemsUnderLeadIn && last instanceof ListItem);
                if (afterLeadIn && !(wordCount(rest) <= 6 && !endsSentence(rest) && !runsOnToNextLine(i, rest))) {
                    // "The Council and the ICB commit to:" then "4.1 Publish …", "4.2 …": numbered items of that lead-in.
                    dottedItemsUnderLeadIn = true;
                    startParagraph(rest, span);
                    paragraphNumber = number;
                    return i;
                }
                dottedItemsUnderLeadIn = false;
                if (plausibleNumber(number) || lastTop == null && shortTitle && Integer.parseInt(number.split("\\.")[0]) <= 40) {
                    flushParagraph();
                    noteNumber(number);
                    int words = wordCount(rest);
                    // A numbered line whose text runs on to the next line is a numbered paragraph, however short its first line.
                    // "3.5 Public bodies will make consultation accessible by:" is a commitment whose items complete it.
                    boolean foldingLeadIn = rest.endsWith(":") && STARTED_COMMITMENT.matcher(rest).find() && !BARE_LEAD_IN.matcher(rest).find();
                    // "3. What the voluntary sector can expect from public bodies" standing alone is a long title,
                    // not a paragraph: it has no modal and no full stop, and a blank line follows it.
                    boolean longTitle = words <= 20 && !endsSentence(rest) && nextIsBlankOrEnd(i) && !MODAL_WORD.matcher(rest).find();
                    boolean title = !runsOnToNextLine(i, rest) && !foldingLeadIn && ((rest.endsWith(":") && words <= 15)
                            || (words <= MAX_TITLE_WORDS && !endsSentence(rest)) || longTitle);
                    if (title) {
                        add(new Heading(number, rest, HeadingNumbers.depth(number), span), "short numbered title");
                        resetLists();
                        if (rest.endsWith(":")) {
                            listNumber = -1; // "3. Undertakings for the Council:" introduces a numbered list
                        }
                        return i;
                    } else {
                        // A numbered paragraph: its number opens a section (the paragraph's own citation), and
                        // its text is one item, judged later by what it says.
                        add(new Heading(number, "", HeadingNumbers.depth(number), span), "number of a numbered paragraph");
                        resetLists();
                        startParagraph(rest, span);
                        paragraphNumber = number;
                        return i;
                    }
                }
            }
            if (line.text().indexOf('\t') >= 0) {
                List<String> cells = cells(line.text());
                if (cells.size() >= 2) {
                    flushParagraph();
                    add(new TableRow(cells, span), "tab-separated cells");
                    return i;
                }
            }
            boolean continuesItem = paragraph.length() == 0 && !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof ListItem item
                    && Character.isLowerCase(text.charAt(0)) && !endsSentence(item.text()) && !item.text().endsWith(":");
            // A wrapped item's next line set as its own paragraph (as PDF and Word exports do) still continues the item;
            // in a text that does not wrap its lines, a line opening with a capital is a paragraph of its own.
            boolean ownLine = unwrapped && Character.isUpperCase(text.charAt(0));
            if (!afterBlank && !ownLine && paragraph.length() == 0 && !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof ListItem
                    || continuesItem) {
                appendToPrevious(text, span);
                return i;
            }
            if (paragraph.length() > 0 && endsSentence(paragraph) && isTitleLine(text) && nextIsBlankOrEnd(i)) {
                // A title line glued under the last paragraph with no blank line between.
                flushParagraph();
            }
            if (paragraph.length() > 0 && paragraphNumber == null && !paragraphParts.isEmpty()
                    && dashFields(paragraphParts.get(paragraphParts.size() - 1)) >= 2 && dashFields(text) >= 2) {
                // "Action – Lead – Date" lines one under another: one record per line, as a table without tabs.
                flushParagraph();
                startParagraph(text, span);
            } else if (paragraph.length() > 0 && paragraphNumber == null && startsNamedEntry(raw)
                    && (endsSentence(paragraph) || sameEntryLabel(paragraphParts.get(0), raw.strip()))) {
                // "Respect – …" then "Openness – …" on the next line: one entry per line, not one wrapped paragraph.
                // Entries labelled alike ("Council and NHS: give …" / "Voluntary sector: make …") need no full stop.
                flushParagraph();
                startParagraph(text, span);
            } else if (paragraph.length() > 0 && paragraphLines == 1 && paragraphNumber == null && isGluedTitle(paragraph.toString(), text)) {
                // "Independence" with its sentence on the very next line: a heading, then its paragraph.
                String title = paragraph.toString();
                Span titleSpan = paragraphSpan;
                paragraph.setLength(0);
                add(new Heading(null, title, 0, titleSpan), "short title line glued above its sentence");
                resetLists();
                startParagraph(text, span);
            } else if (paragraph.length() > 0) {
                continueParagraph(text, span);
            } else {
                startParagraph(text, span);
            }
            return i;
        }

        /**
         * True when the line after a numbered line continues its text: not blank, not a marker or a
         * heading number, and either starting in lower case or following a line that cannot end a title.
         */
        private boolean runsOnToNextLine(int i, String rest) {
            int j = i + 1;
            if (j >= lines.size() || skip[j] || clean[j].isEmpty() || lines.get(j).hint() != LineHint.NONE) {
                return false;
            }
            String next = clean[j];
            if (BULLET.matcher(next).matches() || ENUMERATED.matcher(next).matches() || HeadingNumbers.DOTTED.matcher(next).matches()
                    || HeadingNumbers.KEYWORD.matcher(next).matches() || HeadingNumbers.ALONE.matcher(next).matches()) {
                return false;
            }
            String lastWord = rest.substring(rest.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            // A first line as long as a wrapped line is one (titles are short), whatever case the next line starts in.
            return Character.isLowerCase(next.charAt(0)) || rest.endsWith(",") || DANGLING_WORDS.contains(lastWord)
                    || rest.length() >= WRAPPED_LINE_CHARS && !rest.endsWith(":");
        }

        /** A line opening with a name and a separator: "Respect – …", "Openness: …", "**Fairness.** …", "[VCS] …". */
        private static boolean startsNamedEntry(String raw) {
            return NAMED_ENTRY.matcher(raw.strip()).find() || BRACKET_LABEL.matcher(raw.strip()).find();
        }

        /** Two lines whose labels end with the same separator, or are both in brackets: entries of one labelled list. */
        private static boolean sameEntryLabel(String first, String next) {
            if (BRACKET_LABEL.matcher(first).find()) {
                return BRACKET_LABEL.matcher(next).find();
            }
            Matcher a = NAMED_ENTRY.matcher(first);
            Matcher b = NAMED_ENTRY.matcher(next);
            return a.find() && b.find() && a.group(3) != null && b.group(3) != null && a.group(3).strip().equals(b.group(3).strip());
        }

        /** A short title line directly above a full sentence: a heading without its blank line. */
        private boolean isGluedTitle(String first, String next) {
            return isTitleLine(first) && wordCount(first) <= 6 && first.length() <= 50 && !first.endsWith(":")
                    && !next.isEmpty() && Character.isUpperCase(next.charAt(0)) && (wordCount(next) >= 8 || endsSentence(next))
                    && !HeadingNumbers.DOTTED.matcher(first).matches();
        }

        private void add(Block block, String rule) {
            blocks.add(block);
            rules.add(rule);
        }

        private void startParagraph(String text, Span span) {
            paragraphNumber = null;
            paragraph.setLength(0);
            paragraph.append(text);
            paragraphSpan = span;
            paragraphLines = 1;
            paragraphParts.clear();
            paragraphParts.add(text);
            paragraphPartSpans.clear();
            paragraphPartSpans.add(span);
        }

        private void continueParagraph(String text, Span span) {
            paragraph.append(' ').append(text);
            paragraphSpan = paragraphSpan.union(span);
            paragraphLines++;
            paragraphParts.add(text);
            paragraphPartSpans.add(span);
        }

        private void flushParagraph() {
            if (paragraph.length() == 0) {
                return;
            }
            String text = paragraph.toString().strip();
            paragraph.setLength(0);
            if (paragraphNumber == null && isImplicitList()) {
                // Short lines one under another after a lead-in ("The partners are:") are a list without markers.
                // A line in lower case continues the entry above it ("Respect: we value …, and" / "recognise that …").
                String entry = null;
                Span entrySpan = null;
                for (int k = 0; k < paragraphParts.size(); k++) {
                    String part = paragraphParts.get(k);
                    if (entry != null && Character.isLowerCase(part.charAt(0))) {
                        entry = joinWrapped(entry, part);
                        entrySpan = entrySpan.union(paragraphPartSpans.get(k));
                        continue;
                    }
                    if (entry != null) {
                        add(new ListItem(entry, 0, "", entrySpan), "short lines after a lead-in: a list without markers");
                    }
                    entry = part;
                    entrySpan = paragraphPartSpans.get(k);
                }
                add(new ListItem(entry, 0, "", entrySpan), "short lines after a lead-in: a list without markers");
                return;
            }
            boolean folds = text.endsWith(":") && (STARTED_COMMITMENT.matcher(text).find() || text.endsWith(" by:") || text.startsWith("To ")
                    || PartOfSpeech.startsWithBaseVerb(text)) && !BARE_LEAD_IN.matcher(text).find();
            if (paragraphNumber != null && (!text.endsWith(":") || folds)) {
                // "3.5 Public bodies will make consultation accessible by:" is one commitment whose items
                // complete it; "5.2 The Council will:" is a lead-in whose items are commitments of their own.
                add(new ListItem(text, 0, paragraphNumber, paragraphSpan), "numbered paragraph (its text runs as sentences)");
                markerTypes.clear();
                markerTypes.add("paragraph"); // "(a)" after a numbered paragraph is its sub-item
                paragraphNumber = null;
                return;
            }
            paragraphNumber = null;
            boolean nextRecord = dashFields(text) >= 2 && !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Paragraph p
                    && dashFields(p.text()) >= 2; // the last of "Action – Lead – Date" lines, not a title
            // "Voluntary sector: make clear …" under "Council and NHS: give …": the next entry of a labelled list, not a title.
            boolean nextEntry = !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Paragraph p
                    && startsNamedEntry(text) && sameEntryLabel(p.text(), text);
            if (paragraphLines == 1 && isTitleLine(text) && !text.endsWith(":") && !nextRecord && !nextEntry) {
                add(new Heading(null, text, 0, paragraphSpan), "one short title-like line");
                resetLists();
            } else {
                add(new Paragraph(text, paragraphSpan), "running text");
                if (!(text.endsWith(":") || text.endsWith(";"))) {
                    listNumber = 0;
                } else {
                    listNumber = -1; // a lead-in: a numbered list may start at 1
                }
                markerTypes.clear();
            }
        }

        private boolean isImplicitList() {
            if (paragraphParts.size() < 2 || paragraphParts.size() != paragraphLines || blocks.isEmpty()
                    || !(blocks.get(blocks.size() - 1).text().endsWith(":") || blocks.get(blocks.size() - 1).text().endsWith(";"))
                    || blocks.get(blocks.size() - 1) instanceof ListItem) {
                return false;
            }
            return paragraphParts.stream().allMatch(p -> wordCount(p) <= 12);
        }

        private void appendToPrevious(String text, Span span) {
            if (paragraph.length() > 0) {
                continueParagraph(text, span);
                return;
            }
            if (blocks.isEmpty()) {
                startParagraph(text, span);
                return;
            }
            Block last = blocks.remove(blocks.size() - 1);
            String lastRule = rules.remove(rules.size() - 1);
            Block joined;
            if (last instanceof ListItem item) {
                joined = new ListItem(joinWrapped(item.text(), text), item.level(), item.marker(), item.span().union(span));
            } else if (last instanceof Paragraph p) {
                joined = new Paragraph(joinWrapped(p.text(), text), p.span().union(span));
            } else if (last instanceof Heading h) {
                joined = new Heading(h.number(), joinWrapped(h.title(), text), h.level(), h.span().union(span));
            } else {
                TableRow row = (TableRow) last;
                List<String> cells = new ArrayList<>(row.cells());
                cells.set(cells.size() - 1, joinWrapped(cells.get(cells.size() - 1), text));
                joined = new TableRow(cells, row.span().union(span));
            }
            add(joined, lastRule.endsWith(" + wrapped lines") ? lastRule : lastRule + " + wrapped lines");
        }

        private static String joinWrapped(String a, String b) {
            if (a.endsWith("-") && a.length() > 1 && Character.isLetter(a.charAt(a.length() - 2))
                    && !b.isEmpty() && Character.isLowerCase(b.charAt(0))) {
                return a.substring(0, a.length() - 1) + b; // undo end-of-line hyphenation
            }
            return a.isEmpty() ? b : a + " " + b;
        }

        // --- lists --------------------------------------------------------------------------

        private int bulletLevel(int indent) {
            while (!bulletIndents.isEmpty() && bulletIndents.peek()[0] > indent) {
                bulletIndents.pop();
            }
            if (bulletIndents.isEmpty() || bulletIndents.peek()[0] < indent) {
                int level = bulletIndents.isEmpty() ? 0 : bulletIndents.peek()[1] + 1;
                if (bulletIndents.isEmpty() && indent > 0 && !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof ListItem) {
                    level = 1;
                }
                bulletIndents.push(new int[] {indent, level});
            }
            return bulletIndents.peek()[1];
        }

        private int enumeratedLevel(String marker, int indent) {
            String type = markerType(marker);
            int at = markerTypes.indexOf(type);
            if (at < 0) {
                markerTypes.add(type);
                at = markerTypes.size() - 1;
            } else {
                markerTypes.subList(at + 1, markerTypes.size()).clear();
            }
            return at;
        }

        private String markerType(String marker) {
            String core = marker.replaceAll("[().]", "");
            boolean parens = marker.startsWith("(");
            if (core.chars().allMatch(Character::isDigit)) {
                return "digit" + parens;
            }
            boolean roman = core.matches("[ivx]+");
            if (roman && core.length() == 1 && lastLetter != 0 && (char) (lastLetter + 1) == core.charAt(0)) {
                roman = false; // "(i)" after "(h)" is a letter
            }
            if (!roman) {
                lastLetter = core.charAt(0);
                return "letter" + parens;
            }
            return "roman" + parens;
        }

        private boolean continuesNumberedList(int n) {
            if (listNumber == -1 || n == 1 && paragraph.length() > 0 && paragraph.charAt(paragraph.length() - 1) == ':') {
                return n == 1; // after a lead-in, even one not yet closed by a blank line
            }
            return listNumber > 0 && n == listNumber + 1;
        }

        private void resetLists() {
            bulletIndents.clear();
            markerTypes.clear();
            listNumber = 0;
        }

        // --- headings -----------------------------------------------------------------------

        private boolean plausibleNumber(String number) {
            int depth = HeadingNumbers.depth(number);
            int first = Integer.parseInt(number.split("\\.")[0]);
            if (depth > 1) {
                return first <= 40;
            }
            Integer last = lastNumberAtDepth.get(1);
            return first >= 1 && (first == 1 || (last == null ? first <= 2 : first <= last + 2));
        }

        private void noteNumber(String number) {
            lastNumberAtDepth.put(1, Integer.parseInt(number.split("\\.")[0]));
            if (number.indexOf('.') < 0) {
                lastSingleNumber = Integer.parseInt(number);
            }
        }

        private boolean isKeywordHeading(Matcher keyword, int i) {
            if (!Character.isUpperCase(clean[i].charAt(0)) || paragraph.length() > 0 && !endsSentence(paragraph)) {
                return false; // "… the review arrangements in" / "section VII." wraps a sentence; it opens nothing
            }
            String rest = keyword.group(3).strip();
            if (rest.isEmpty()) {
                return true;
            }
            // "Section 2: Development" inside running text lists sections rather than opening one; standing
            // alone between blank lines it is the heading.
            boolean colonForm = clean[i].matches("(?i)^section\\s+\\d+\\s*:.*") && !(afterBlank && nextIsBlankOrEnd(i));
            // "Section 2 sets out the principles …" is a sentence about a section, not its heading.
            boolean sentence = Character.isLowerCase(rest.charAt(0)) || runsOnToNextLine(i, rest);
            return !colonForm && !sentence && wordCount(rest) <= MAX_TITLE_WORDS && !endsSentence(rest);
        }

        private boolean isTitleLine(String text) {
            if (text.isEmpty() || text.length() > 100 || wordCount(text) > 10) {
                return false;
            }
            char first = text.charAt(0);
            if (!(Character.isUpperCase(first) || Character.isDigit(first) || first == '\u201C' || first == '"' || first == '\'')) {
                return false;
            }
            char last = text.charAt(text.length() - 1);
            if (".,;!".indexOf(last) >= 0) {
                return false;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            return !(lower.contains("@") || lower.contains("www.") || lower.contains("http") || text.matches(".*\\d{4,}.*\\d.*")
                    || BULLET.matcher(text).matches());
        }

        private static boolean startsLikeTitle(String s) {
            char c = s.charAt(0);
            return Character.isUpperCase(c) || c == '\u2018' || c == '\u201C' || c == '\'' || c == '"' || c == '(';
        }

        private static boolean looksLikeInitial(String text) {
            // "J. Smith" or "A. Council" are names, not list items.
            return text.matches("^[A-Z]\\.\\s+[A-Z][a-z]+$");
        }

        private static boolean isDashInSentence(String text) {
            return text.startsWith("--") || text.matches("^[-\u2013\u2014]\\s*\\d{1,3}\\s*[-\u2013\u2014]$");
        }

        // --- set-aside regions --------------------------------------------------------------

        private void markTableOfContents() {
            for (int i = 0; i < lines.size(); i++) {
                if (CONTENTS.matcher(clean[i]).matches()) {
                    int j = nextNonBlank(i);
                    int end = j;
                    int entries = 0;
                    int scanned = 0;
                    while (end >= 0 && end < lines.size() && !clean[end].isEmpty()) {
                        String raw = lines.get(end).text().strip();
                        if (endsWithDigit(raw) && TOC_ENTRY.matcher(raw).matches()) {
                            entries++;
                        } else if (!(lines.get(end).text().endsWith("\t") || wordCount(clean[end]) <= 10)) {
                            break;
                        }
                        scanned++;
                        end++;
                    }
                    // Or a web page's list of its own headings ("On this page"): short title lines, no page numbers.
                    boolean titlesOnly = scanned >= 3 && IntStream.range(j, end)
                            .allMatch(k -> wordCount(clean[k]) <= 8 && !endsSentence(clean[k]));
                    if ((entries >= 2 && entries * 2 >= scanned) || titlesOnly) {
                        skip[i] = true;
                        for (int k = j; k < end; k++) {
                            skip[k] = true;
                            toc.add(clean[k]);
                        }
                        i = end;
                    }
                }
            }
            // Dotted-leader or tabbed entries in runs of three or more are a contents list wherever they are.
            int runStart = -1;
            for (int i = 0; i <= lines.size(); i++) {
                boolean entry = i < lines.size() && !skip[i] && lines.get(i).hint() != LineHint.TABLE_ROW
                        && (lines.get(i).text().contains("...") || lines.get(i).text().contains("\t"))
                        && endsWithDigit(lines.get(i).text().strip())
                        && TOC_ENTRY.matcher(lines.get(i).text().strip()).matches();
                if (entry && runStart < 0) {
                    runStart = i;
                } else if (!entry && runStart >= 0) {
                    if (i - runStart >= 3) {
                        for (int k = runStart; k < i; k++) {
                            skip[k] = true;
                            toc.add(clean[k]);
                        }
                    }
                    runStart = -1;
                }
            }
        }

        private void markFurniture() {
            Map<String, Integer> counts = new HashMap<>();
            Map<String, Integer> lastAt = new HashMap<>();
            Map<String, Integer> closest = new HashMap<>();
            Map<String, Integer> besidePageNumber = new HashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                String key = furnitureKey(clean[i]);
                if (key != null && besidePageNumber(i)) {
                    besidePageNumber.merge(key, 1, Integer::sum);
                }
                if (key != null) {
                    counts.merge(key, 1, Integer::sum);
                    Integer last = lastAt.put(key, i);
                    if (last != null) {
                        closest.merge(key, i - last, Math::min);
                    }
                }
            }
            for (int i = 0; i < lines.size(); i++) {
                // A reader that marks table rows, list items or headings has removed page furniture itself,
                // and table rows repeat by design (an action plan's header in every section): content.
                // A footer that tabs its page number to the margin ("… | July 2025<TAB>Page 2") is still furniture.
                boolean tabbed = lines.get(i).text().indexOf('\t') >= 0 && !TABBED_PAGE.matcher(lines.get(i).text()).find();
                if (skip[i] || clean[i].isEmpty() || lines.get(i).hint() != LineHint.NONE || tabbed) {
                    continue;
                }
                String key = furnitureKey(clean[i]);
                // Lines with a page number repeat as running headers from three pages; plain ones need more.
                // A short line that stands next to the page number on three pages or more ("WICKHAM COMPACT" over
                // "Page 5") is the running header, however much it looks like a heading; the page numbers beside
                // it show the pages, however short they are.
                boolean headerOfPages = key != null && besidePageNumber.getOrDefault(key, 0) >= 3;
                int needed = key != null && key.contains("#") || headerOfPages ? 3 : 5;
                // Running lines come once a page; labels a few lines apart ("Principle 1", "Principle 2") are content.
                boolean pageApart = lines.get(i).page() != null || closest.getOrDefault(key, Integer.MAX_VALUE) >= MIN_PAGE_LINES;
                boolean repeated = key != null && counts.getOrDefault(key, 0) >= needed && (!looksStructural(clean[i]) || headerOfPages)
                        && !isNumberedHeading(clean[i]) && (pageApart || headerOfPages);
                // Once-only running lines still show themselves by cutting a sentence in two.
                boolean runningLine = RUNNING_LINE.matcher(lines.get(i).text().strip()).matches() && !BULLET.matcher(clean[i]).matches()
                        && interruptsSentence(i);
                if (PAGE_NUMBER.matcher(clean[i]).matches() || repeated || runningLine || bareNumberInSentence(i)) {
                    skip[i] = true;
                    furniture.add(clean[i]);
                }
            }
        }

        /** A line between two halves of one sentence: the line before runs on, the line after continues in lower case. */
        private boolean interruptsSentence(int i) {
            int before = i - 1;
            while (before >= 0 && clean[before].isEmpty()) {
                before--;
            }
            int after = i + 1;
            while (after < lines.size() && clean[after].isEmpty()) {
                after++;
            }
            return before >= 0 && after < lines.size() && !endsSentence(clean[before]) && !clean[before].endsWith(":")
                    && !clean[after].isEmpty() && Character.isLowerCase(clean[after].charAt(0));
        }

        /** A page number alone on its line inside a sentence ("… two members to / 12 / the stakeholder forum"). */
        private boolean bareNumberInSentence(int i) {
            return clean[i].matches("\\d{1,3}") && interruptsSentence(i);
        }

        private static boolean isNumberedHeading(String text) {
            return HeadingNumbers.DOTTED.matcher(text).matches() || HeadingNumbers.KEYWORD.matcher(text).matches()
                    || HeadingNumbers.ALONE.matcher(text).matches() && !PAGE_NUMBER.matcher(text).matches();
        }

        /**
         * A necessary condition of {@link #TOC_ENTRY} ("$" allows one final line terminator), tested
         * first: the pattern backtracks over every split of a long dotted line that cannot match.
         */
        private static boolean endsWithDigit(String s) {
            int end = s.length();
            if (s.endsWith("\r\n")) {
                end -= 2;
            } else if (end > 0 && "\n\r\u0085\u2028\u2029".indexOf(s.charAt(end - 1)) >= 0) {
                end--;
            }
            return end > 0 && s.charAt(end - 1) >= '0' && s.charAt(end - 1) <= '9';
        }

        private static String furnitureKey(String text) {
            if (text.isEmpty() || text.length() > 80 || wordCount(text) > 10) {
                return null;
            }
            return DIGITS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("#");
        }

        /**
         * The start columns of a table laid out with spaces, as PDF-to-text tools that keep the layout
         * write it: a header line of two to four short headings separated by wide gaps ("The public sector
         * will:        The voluntary sector will:"), and under it, within the next lines, text starting
         * again at the second heading's column after a gap. Null when line {@code i} heads no such table.
         */
        private int[] alignedColumns(int i) {
            String raw = lines.get(i).text().stripTrailing();
            if (raw.indexOf('\t') >= 0 || raw.isEmpty() || Character.isWhitespace(raw.charAt(0))) {
                return null;
            }
            Matcher gap = WIDE_GAP.matcher(raw);
            List<Integer> starts = new ArrayList<>(List.of(0));
            while (gap.find()) {
                starts.add(gap.end());
            }
            if (starts.size() < 2 || starts.size() > 4) {
                return null;
            }
            for (int k = 0; k < starts.size(); k++) {
                int end = k + 1 < starts.size() ? starts.get(k + 1) : raw.length();
                if (wordCount(raw.substring(starts.get(k), end).strip()) > 10) {
                    return null;
                }
            }
            if (HeadingNumbers.ALONE.matcher(raw.substring(0, starts.get(1)).strip()).matches()
                    || ENUMERATED.matcher(raw).matches() || BULLET.matcher(raw).matches()) {
                return null; // "3.2   The Council will …" with its lines indented under the text: a hanging indent
            }
            int second = starts.get(1);
            int aligned = 0;
            int bothFilled = 0;
            int seen = 0;
            for (int j = i + 1; j < lines.size() && seen < 6; j++) {
                String next = lines.get(j).text().stripTrailing();
                if (skip[j] || next.isBlank()) {
                    continue;
                }
                seen++;
                if (next.length() > second && next.charAt(second) != ' ' && next.charAt(second - 1) == ' ' && next.charAt(second - 2) == ' ') {
                    aligned++;
                    if (!Character.isWhitespace(next.charAt(0))) {
                        bothFilled++;
                    }
                }
            }
            return aligned >= 2 && bothFilled >= 1 ? starts.stream().mapToInt(Integer::intValue).toArray() : null;
        }

        /**
         * Reads a space-aligned table: its header, then rows separated by blank lines, each cell the
         * words of its column joined across the row's lines. The table ends at a line that crosses a
         * column gap (running text) or a numbered heading. Returns the index of the last line read.
         */
        private int layoutAlignedTable(int i, int[] columns) {
            flushParagraph();
            add(new TableRow(columnCells(lines.get(i).text(), columns), spanOf(lines.get(i))), "header of a table aligned with spaces");
            List<StringBuilder> row = new ArrayList<>();
            Span rowSpan = null;
            int last = i;
            for (int j = i + 1; j < lines.size(); j++) {
                if (skip[j]) {
                    continue;
                }
                String raw = lines.get(j).text().stripTrailing();
                if (raw.isBlank()) {
                    rowSpan = emitAlignedRow(row, rowSpan);
                    last = j;
                    continue;
                }
                if (crossesGap(raw, columns) || HeadingNumbers.DOTTED.matcher(raw.strip()).matches() && raw.length() < columns[1]
                        && !Character.isWhitespace(raw.charAt(0)) && startsLikeTitle(HeadingNumbers.DOTTED.matcher(raw.strip()).replaceFirst("$3"))) {
                    break;
                }
                List<String> cells = columnCells(raw, columns);
                while (row.size() < cells.size()) {
                    row.add(new StringBuilder());
                }
                for (int k = 0; k < cells.size(); k++) {
                    if (!cells.get(k).isEmpty()) {
                        row.get(k).append(row.get(k).length() > 0 ? " " : "").append(cells.get(k));
                    }
                }
                rowSpan = rowSpan == null ? spanOf(lines.get(j)) : rowSpan.union(spanOf(lines.get(j)));
                last = j;
            }
            emitAlignedRow(row, rowSpan);
            afterBlank = true;
            return last;
        }

        private Span emitAlignedRow(List<StringBuilder> row, Span span) {
            if (row.stream().anyMatch(cell -> cell.length() > 0)) {
                add(new TableRow(row.stream().map(StringBuilder::toString).toList(), span), "row of a table aligned with spaces");
            }
            row.clear();
            return null;
        }

        /** The text of each column of a line cut at the table's column starts. */
        private static List<String> columnCells(String raw, int[] columns) {
            List<String> cells = new ArrayList<>();
            for (int k = 0; k < columns.length; k++) {
                int from = Math.min(columns[k], raw.length());
                int to = k + 1 < columns.length ? Math.min(columns[k + 1], raw.length()) : raw.length();
                cells.add(TextCleaner.clean(raw.substring(from, to)));
            }
            return cells;
        }

        /** True when text runs across a column start with no space before it: running prose, not a row. */
        private static boolean crossesGap(String raw, int[] columns) {
            for (int k = 1; k < columns.length; k++) {
                int c = columns[k];
                if (raw.length() > c && raw.charAt(c - 1) != ' ') {
                    return true;
                }
            }
            return false;
        }

        /** How many " – " field separators a line holds ("Action – Lead – Date" has two). */
        private static int dashFields(String text) {
            int count = 0;
            for (int at = text.indexOf(" \u2013 "); at >= 0; at = text.indexOf(" \u2013 ", at + 3)) {
                count++;
            }
            for (int at = text.indexOf(" \u2014 "); at >= 0; at = text.indexOf(" \u2014 ", at + 3)) {
                count++;
            }
            return count;
        }

        /** True when the nearest non-blank line above or below line {@code i} is a page number ("Page 5", "- 5 -"). */
        private boolean besidePageNumber(int i) {
            for (int step = -1; step <= 1; step += 2) {
                int j = i + step;
                while (j >= 0 && j < lines.size() && clean[j].isEmpty()) {
                    j += step;
                }
                if (j >= 0 && j < lines.size() && PAGE_NUMBER.matcher(clean[j]).matches()) {
                    return true;
                }
            }
            return false;
        }

        private static boolean looksStructural(String text) {
            // Repeated headings or bullets ("Consultation", "- Funding") are content, not furniture.
            // So are sub-headings repeated under every theme ("### What the voluntary sector will do"): Markdown
            // headings, and titles that say who will do something, which running headers without a page number never do.
            boolean noDigits = text.chars().noneMatch(Character::isDigit);
            boolean shortTitle = wordCount(text) <= 2 && noDigits;
            boolean partySubheading = noDigits && MODAL_WORD.matcher(text).find();
            return BULLET.matcher(text).matches() || shortTitle || text.endsWith(":") || text.endsWith(";")
                    || MARKDOWN_HEADING.matcher(text).matches() || partySubheading;
        }

        // --- helpers ------------------------------------------------------------------------

        private int nextNonBlank(int i) {
            for (int j = i + 1; j < lines.size(); j++) {
                if (!clean[j].isEmpty() && !skip[j]) {
                    return j;
                }
            }
            return -1;
        }

        private boolean nextIsBlankOrEnd(int i) {
            return i + 1 >= lines.size() || clean[i + 1].isEmpty();
        }

        private static Span spanOf(SourceLine line) {
            return new Span(line.number(), line.number(), line.page(), line.page(), line.box());
        }

        private static int indentOf(String raw) {
            int n = 0;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == ' ' || c == '\u00A0') {
                    n++;
                } else if (c == '\t') {
                    n += 4;
                } else {
                    break;
                }
            }
            return n;
        }

        private static List<String> cells(String raw) {
            List<String> cells = new ArrayList<>();
            for (String cell : raw.strip().split("\t")) {
                cells.add(TextCleaner.clean(cell));
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            if (cells.size() >= 2) {
                List<String> nonEmpty = cells.stream().filter(c -> !c.isEmpty()).toList();
                if (nonEmpty.size() < 2) {
                    return nonEmpty;
                }
            }
            return cells;
        }

        private static boolean endsSentence(CharSequence s) {
            if (s.length() == 0) {
                return false;
            }
            char c = s.charAt(s.length() - 1);
            return c == '.' || c == '!' || c == '?' && s.length() > 60;
        }

        private static String stripTrailingSemicolon(String s) {
            String t = s.strip();
            // "…; and" / "…, or" end an item of a list in legal drafting: separators, not text.
            t = t.replaceFirst("[;,]\\s*(and|or)$", "");
            while (t.endsWith(";") || t.endsWith(",")) {
                t = t.substring(0, t.length() - 1).strip();
            }
            return t;
        }
    }

    static int wordCount(String s) {
        return TextTokens.wordCount(s);
    }
}
