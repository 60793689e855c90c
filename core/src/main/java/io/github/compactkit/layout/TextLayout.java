package io.github.compactkit.layout;

import static io.github.compactkit.layout.LineText.BARE_LEAD_IN;
import static io.github.compactkit.layout.LineText.BOX_RULE;
import static io.github.compactkit.layout.LineText.BULLET;
import static io.github.compactkit.layout.LineText.MARKDOWN_HEADING;
import static io.github.compactkit.layout.LineText.MODAL_WORD;
import static io.github.compactkit.layout.LineText.SETEXT_UNDERLINE;
import static io.github.compactkit.layout.LineText.STARTED_COMMITMENT;
import static io.github.compactkit.layout.LineText.readerRowCells;
import static io.github.compactkit.layout.LineText.dashFields;
import static io.github.compactkit.layout.LineText.endsSentence;
import static io.github.compactkit.layout.LineText.isTitleLine;
import static io.github.compactkit.layout.LineText.sameEntryLabel;
import static io.github.compactkit.layout.LineText.startsNamedEntry;
import static io.github.compactkit.layout.LineText.startsLikeTitle;
import static io.github.compactkit.layout.LineText.stripTrailingSemicolon;
import static io.github.compactkit.layout.LineText.wordCount;

import io.github.compactkit.ingest.LineHint;
import io.github.compactkit.ingest.SourceLine;
import io.github.compactkit.model.Span;
import io.github.compactkit.nlp.PartOfSpeech;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.HashSet;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Turns lines into blocks. Readers that know the layout (PDF fonts, DOCX styles) pass hints; for
 * plain text the decision rests on markers, numbering, line length and blank lines. Stateless and
 * thread-safe: all per-document state lives in a {@link Run}.
 */
public final class TextLayout {
    /** "Funding ....... 7", "Funding<TAB>7", "Funding      pg 7": a contents entry and its page. */
    private static final Pattern TOC_ENTRY = Pattern.compile("^(.*\\S)(?:\\t+|\\s*\\.{3,}\\s*|\\s{3,})(?:(?:pg|pp?\\.|page)\\s?)?(\\d{1,3})$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** "… pg 7", "… p. 7": a contents entry's page written as a word after one space. */
    private static final Pattern PAGE_REFERENCE = Pattern.compile("(?i)\\s(?:pg|p\\.)\\s?\\d{1,3}\\b");
    private static final Pattern PAGE_REFERENCE_END = Pattern.compile("(?i)\\s(?:pg|p\\.)\\s?\\d{1,3}$");
    private static final Pattern CONTENTS_RUN_IN = Pattern.compile("(?i)^(?:table of )?contents\\b");
    /** A rule typed inside a line: a run of one rule character. */
    private static final Pattern TYPED_RULE = Pattern.compile("([-=_~*])\\1{4,}");
    /** "Page 3 of 6", "page 3": a page number in a running line. */
    private static final Pattern PAGE_OF = Pattern.compile("(?i)\\bpage\\s+\\d+\\b");
    private static final Pattern CONTENTS = Pattern.compile("(?i)^((table of )?contents|on this page|in this (section|document|guide)):?$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^(page\\s+\\d+(\\s+of\\s+\\d+)?|[-\u2013]\\s*\\d{1,3}\\s*[-\u2013]|\\d{1,3}\\s*/\\s*\\d{1,3})$");
    /** Longer than any wrap width a text file uses: a paragraph kept on one line. */
    private static final int UNWRAPPED_LINE_CHARS = 120;
    /** A panel's rule run into the text after it: "+-------+ INDEPENDENCE Voluntary groups …". */
    private static final Pattern RULE_THEN_TEXT = Pattern.compile("^[+|]?[-=_\u2500-\u257F]{8,}[+|]?\\s+(\\S.*)$");
    /** Fewer lines than this apart, two copies of a line are not running headers of two pages. */
    private static final int MIN_PAGE_LINES = 12;
    /** A running header or footer ending in its page number: "Westmoor Local Compact 2014      Page 6". */
    private static final Pattern RUNNING_LINE = Pattern.compile("(?i)^\\S.{2,80}?(\\s{3,}|\\t+|\\s[|\u2013\u2014-]\\s)(page\\s+)?\\d{1,3}(\\s+of\\s+\\d{1,3})?$");
    /** A line ending in a tab then "Page N": a running footer laid out with a tab stop. */
    private static final Pattern TABBED_PAGE = Pattern.compile("(?i)\\S\\t+page\\s+\\d{1,3}(\\s+of\\s+\\d{1,3})?\\s*$");
    /** A check box typed as text inside a line, where a reader ran boxes ("[ ]", "[x]") together. */
    private static final Pattern INLINE_CHECK_BOX = Pattern.compile("\\s+\\[[ xX\u2713\u2714]\\]\\s+(?=\\S)");
    /** The longest paragraph read as a contents list run together: a contents list is short, and the search is per title. */
    private static final int MAX_RUN_TOGETHER_CONTENTS = 2_000;
    /** The plain-line rules and their decider: stateless, shared by every run. */
    private static final Decider DECIDER = new Decider(LineRules.standard());
    /** Bullet glyphs that are one level whichever is used: boxes ticked or not ("☐", "✔", "[ ]", "[x]"), hyphens and dashes. */
    private static final String CHECK_BOXES = "\u2610\u2611\u2612\u2713\u2714\u2751";
    private static final String DASHES = "-\u2013\u2014";

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
        /** The index of the block that is the last item of a ';' list set as paragraphs, while it may go on; else -1. */
        private int semicolonItemAt = -1;
        private final List<String> footnotes = new ArrayList<>();
        private final List<String> furniture = new ArrayList<>();
        private final StringBuilder paragraph = new StringBuilder();
        private final List<String> paragraphParts = new ArrayList<>();
        private final List<Span> paragraphPartSpans = new ArrayList<>();
        private Span paragraphSpan;
        /** The number of the numbered paragraph being collected ("3.4"), or null. */
        private String paragraphNumber;
        private int paragraphLines;
        /** The open paragraph is a field of a form ("Who: The Commissioner"): never a title, however short. */
        private boolean fieldParagraph;
        private boolean afterBlank = true;
        private final Deque<int[]> bulletIndents = new ArrayDeque<>();
        /** The bullet glyphs met in order at the innermost indent of the list being read ("●", then "o", then "▪"). */
        private final List<String> bulletGlyphs = new ArrayList<>();
        private final List<String> markerTypes = new ArrayList<>();
        private final Map<Integer, Integer> lastNumberAtDepth = new HashMap<>();
        private int listNumber;
        /** True while dotted items ("4.1", "4.2") follow a lead-in ending at its modal: they are its items, not sections. */
        private boolean dottedItemsUnderLeadIn;
        /** The last single number read as a list item or numbered paragraph: documents number paragraphs across headings. */
        private int lastSingleNumber;
        private char lastLetter;
        /** Reads each line's features; it sees the set-aside marks as they are made. */
        private final LineFeatureReader reader;
        private final Decider decider = DECIDER;
        /** Each plain line's features, read once the set-aside lines are known; null for the others. */
        private LineFeatures[] features;
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
            this.reader = new LineFeatureReader(lines, clean, skip);
            // Text copied from a viewer keeps each paragraph on one line: many lines far longer than any wrap width.
            this.unwrapped = longLines >= 5 && longLines * 4 >= text;
        }

        LayoutResult run() {
            markTableOfContents();
            markFurniture();
            readFeatures();
            for (int i = 0; i < lines.size(); i++) {
                if (skip[i]) {
                    continue;
                }
                SourceLine line = lines.get(i);
                String text = clean[i];
                if (text.isEmpty() && paragraph.length() > 0 && LineFeatureReader.breaksMidSentence(paragraph)
                        && reader.continuationAfterPageBreak(i) >= 0) {
                    continue; // a page break inside a paragraph: its sentence goes on after the footer
                }
                if (text.isEmpty() || BOX_RULE.matcher(text).matches()) {
                    // A box drawn around a panel separates blocks as a blank line does; so does a line of "=" or "-"
                    // that no title above took as its underline ("=====" over "INTRODUCTION", or between parts).
                    flushParagraph();
                    afterBlank = true;
                    continue;
                }
                Matcher ruled = RULE_THEN_TEXT.matcher(text);
                if (ruled.matches() && !LineText.FRAMED_TITLE.matcher(text).matches()) {
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

        /** Reads every plain line's features, then the document's numbered sequences, before any decision. */
        private void readFeatures() {
            features = new LineFeatures[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                if (!skip[i] && !clean[i].isEmpty() && lines.get(i).hint() == LineHint.NONE) {
                    features[i] = reader.read(i, withoutRunInRule(clean[i]));
                }
            }
            NumberedSequences.mark(features);
        }

        /** The text after a panel's rule run into it ("+-------+ INDEPENDENCE …"), as the loop reads such a line. */
        private static String withoutRunInRule(String text) {
            if (BOX_RULE.matcher(text).matches() && !SETEXT_UNDERLINE.matcher(text).matches()) {
                return text;
            }
            Matcher ruled = RULE_THEN_TEXT.matcher(text);
            return ruled.matches() && !LineText.FRAMED_TITLE.matcher(text).matches() ? ruled.group(1) : text;
        }

        // --- lines whose reader knew the layout ---------------------------------------------

        private int layoutHinted(int i) {
            SourceLine line = lines.get(i);
            String text = clean[i];
            Span span = spanOf(line);
            switch (line.hint()) {
                case HEADING -> {
                    flushParagraph();
                    addHeading(text, line.level(), span, i, "");
                }
                case LIST_ITEM -> {
                    flushParagraph();
                    if (isSectionHeading(text)) {
                        // An empty bullet that swallowed the next line's "6.5 Title" in the source document.
                        addHeading(text, 0, span, i, "");
                        break;
                    }
                    String itemText = text;
                    String marker = "\u2022";
                    Matcher enumerated = LineText.ENUMERATED.matcher(text);
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
                    List<String> cells = readerRowCells(line.text());
                    if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof TableRow above && continuesCells(cells, above.cells())) {
                        // "<empty> | VCSE organisations or the communities they serve": the cells of the row
                        // above wrapped into a row of their own (typed line breaks, or a page break).
                        List<String> joined = new ArrayList<>(above.cells());
                        for (int c = 0; c < cells.size(); c++) {
                            joined.set(c, joinWrapped(joined.get(c), cells.get(c)).strip());
                        }
                        blocks.set(blocks.size() - 1, new TableRow(joined, above.span().union(span)));
                        rules.set(rules.size() - 1, rules.get(rules.size() - 1) + " + a row continuing its cells");
                        break;
                    }
                    add(new TableRow(cells, span), "reader table row");
                }
                case CONTINUATION -> appendToPrevious(text, span);
                default -> layoutPlain(i);
            }
            return i;
        }

        /**
         * Whether a reader's row only continues the cells of the row above: its first cell is empty, and each
         * cell with text starts in lower case under a cell with text that does not end a sentence.
         */
        private static boolean continuesCells(List<String> cells, List<String> above) {
            if (cells.size() < 2 || cells.size() > above.size() || !cells.get(0).isEmpty()) {
                return false;
            }
            boolean any = false;
            for (int c = 1; c < cells.size(); c++) {
                String cell = cells.get(c);
                if (cell.isEmpty()) {
                    continue;
                }
                String top = above.get(c);
                // A capital starts a new entry ("Explain the reasons …" under "Give at least 12 weeks …"), unless
                // it is an acronym ("VCSE organisations …") in a row that leaves empty what the row above filled.
                boolean acronym = cell.matches("^[A-Z]{2,}\\b.*") && filled(cells) < filled(above);
                // An item written as a bare instruction ("offer funding agreements …") is a new entry, whatever its case.
                boolean runsOn = Character.isLowerCase(cell.charAt(0)) && !PartOfSpeech.startsWithBaseVerb(cell);
                if (top.isEmpty() || !(runsOn || acronym) || endsSentence(top) || top.endsWith(":")) {
                    return false;
                }
                any = true;
            }
            return any;
        }

        private static long filled(List<String> cells) {
            return cells.stream().filter(c -> !c.isEmpty()).count();
        }

        private boolean isSectionHeading(String text) {
            Matcher dotted = HeadingNumbers.DOTTED.matcher(text);
            return dotted.matches() && dotted.group(1).indexOf('.') > 0 && plausibleNumber(dotted.group(1))
                    && isTitleLine(dotted.group(3)) && startsLikeTitle(dotted.group(3));
        }

        /** Adds a heading, its number read from its text; {@code trace} follows the rule's name (the decision's evidence). */
        private void addHeading(String text, int hintLevel, Span span, int index, String trace) {
            Matcher keyword = HeadingNumbers.KEYWORD.matcher(text);
            Matcher dotted = HeadingNumbers.DOTTED.matcher(text);
            Matcher alone = HeadingNumbers.ALONE.matcher(text);
            if (keyword.matches()) {
                add(new Heading(HeadingNumbers.keywordNumber(keyword), keyword.group(3).strip(), 1, span), "keyword heading (Part, Section, Appendix)" + trace);
            } else if (alone.matches() && plausibleNumber(alone.group(1))) {
                noteNumber(alone.group(1));
                add(new Heading(alone.group(1), "", HeadingNumbers.depth(alone.group(1)), span), "number alone on its line" + trace);
            } else if (dotted.matches() && plausibleNumber(dotted.group(1))) {
                noteNumber(dotted.group(1));
                add(new Heading(dotted.group(1), dotted.group(3), HeadingNumbers.depth(dotted.group(1)), span), "dotted number and title" + trace);
            } else {
                add(new Heading(null, text, Math.max(0, hintLevel), span), "reader heading" + trace);
            }
            resetLists();
        }

        // --- plain text ---------------------------------------------------------------------

        /**
         * Lays out a line with no hint: its features are read once, the rules vote, the decider chooses,
         * and the choice is applied to the state here. Returns the index of the last line consumed.
         */
        private int layoutPlain(int i) {
            LineFeatures f = features[i] != null ? features[i] : reader.read(i);
            int from = 0;
            while (true) {
                Decision decision = decider.decide(f, view(), from);
                Outcome outcome = decision.chosen().outcome();
                if (!outcome.transition()) {
                    return apply(decision, f);
                }
                switch (outcome) {
                    case CLOSE_LEAD_IN_ITEM -> flushParagraph(); // the item before this one ends here
                    case END_LEAD_IN_ITEMS -> dottedItemsUnderLeadIn = false;
                    default -> throw new IllegalStateException("not a transition: " + outcome);
                }
                from = decision.position() + 1; // the rules after the transition vote on the new state
            }
        }

        /** The state as the rules may read it. */
        private LayoutView view() {
            Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            boolean open = paragraph.length() > 0;
            return new LayoutView(afterBlank, open, endsSentence(paragraph), open && paragraph.charAt(paragraph.length() - 1) == ':',
                    paragraphLines, paragraphNumber, open && paragraphLines == 1 ? paragraph.toString() : null,
                    open && !paragraphParts.isEmpty() ? paragraphParts.get(0) : null,
                    paragraphParts.isEmpty() ? 0 : dashFields(paragraphParts.get(paragraphParts.size() - 1)), last,
                    listNumber, lastNumberAtDepth.get(1), lastSingleNumber, dottedItemsUnderLeadIn, unwrapped,
                    semicolonItemAt >= 0 && semicolonItemAt == blocks.size() - 1);
        }

        /** Applies a decision to the state: the one place where plain lines change it. */
        private int apply(Decision decision, LineFeatures f) {
            int i = f.index();
            Span span = f.span();
            String rule = decision.chosen().rule() + decision.trace();
            switch (decision.chosen().outcome()) {
                case ALIGNED_TABLE -> {
                    return layoutAlignedTable(i, f.alignedColumns(), decision.trace());
                }
                case CELL_CONTINUES -> {
                    TableRow row = (TableRow) blocks.get(blocks.size() - 1);
                    List<String> cells = new ArrayList<>(row.cells());
                    int target = Math.min(f.tabs().leading(), cells.size() - 1);
                    cells.set(target, (cells.get(target) + " " + f.text()).strip());
                    blocks.set(blocks.size() - 1, new TableRow(cells, row.span().union(span)));
                }
                case MARKDOWN_HEADING -> {
                    flushParagraph();
                    addHeading(f.markdownHeading().title(), f.markdownHeading().level(), span, i, decision.trace());
                }
                case MARKDOWN_TABLE_ROW -> {
                    flushParagraph();
                    if (!f.pipeRow().rule()) {
                        add(new TableRow(f.pipeRow().cells(), span), rule);
                    }
                }
                case TAB_ROW_IN_COLUMNS -> {
                    flushParagraph();
                    add(new TableRow(f.tabs().columns(), span), rule);
                }
                case TAB_ROW, TAB_ROW_UNDER_MERGED_CELL -> {
                    List<String> cells = new ArrayList<>(f.tabs().cells());
                    if (decision.chosen().outcome() == Outcome.TAB_ROW_UNDER_MERGED_CELL) {
                        cells.add(0, "");
                    }
                    flushParagraph();
                    add(new TableRow(cells, span), rule);
                }
                case BULLET_ITEM -> {
                    flushParagraph();
                    if (!f.bullet().text().isEmpty()) {
                        // A bullet whose text starts with an enumerator ("- (a) ...") nests by that enumerator.
                        int level = bulletLevel(f.indent(), f.bullet().marker());
                        // LineText.BULLET gives a bracketed marker only for a typed box.
                        List<String> boxes = f.bullet().marker().startsWith("[")
                                ? List.of(INLINE_CHECK_BOX.split(f.bullet().text())) : List.of(f.bullet().text());
                        for (String item : boxes) {
                            // Check boxes a reader ran into one paragraph ("[ ] Publish … [ ] Offer …") are items each.
                            add(new ListItem(item, level, f.bullet().marker(), span), boxes.size() > 1 ? rule + " (one of "
                                    + boxes.size() + " check boxes in one line)" : rule);
                        }
                    }
                }
                case ENUMERATED_ITEM -> {
                    flushParagraph();
                    String marker = f.enumerated().marker();
                    add(new ListItem(stripTrailingSemicolon(f.enumerated().text()), enumeratedLevel(marker, f.indent()), marker, span), rule);
                }
                case SETEXT_HEADING -> {
                    flushParagraph();
                    int underline = f.setextUnderline();
                    // "4.1 Consultation" underlined: numbered like any heading.
                    addHeading(f.text(), 0, span.union(spanOf(lines.get(underline))), i, " (" + rule + ")");
                    return underline;
                }
                case ROMAN_HEADING -> {
                    flushParagraph();
                    add(new Heading(f.roman().number(), f.roman().rest().strip(), 1, span), rule);
                    resetLists();
                }
                case CLAUSE_PARAGRAPH -> {
                    flushParagraph();
                    String number = f.clause().number();
                    add(new Heading(number, "", 2, span), rule);
                    resetLists();
                    startParagraph(f.clause().rest(), span);
                    paragraphNumber = number;
                }
                case LETTERED_HEADING -> {
                    flushParagraph();
                    String number = f.lettered().number();
                    add(new Heading(number, f.lettered().rest().strip(), number.length() == 1 ? 1 : 2, span), rule);
                    resetLists();
                }
                case KEYWORD_HEADING -> {
                    flushParagraph();
                    String title = f.keyword().rest();
                    int next = i;
                    if (title.isEmpty() && f.nextNonBlank() > 0 && f.nextTitleLike()) {
                        title = clean[f.nextNonBlank()];
                        next = f.nextNonBlank();
                        span = span.union(spanOf(lines.get(next)));
                    }
                    add(new Heading(f.keyword().number(), title, 1, span), rule);
                    resetLists();
                    return next;
                }
                case NUMBER_ALONE_HEADING -> {
                    flushParagraph();
                    String number = f.alone();
                    int candidate = f.nextNonBlank();
                    noteNumber(number);
                    add(new Heading(number, clean[candidate], HeadingNumbers.depth(number), span.union(spanOf(lines.get(candidate)))), rule);
                    resetLists();
                    return candidate;
                }
                case LOWER_CASE_NUMBERED_ITEM, NUMBERED_ITEM -> {
                    flushParagraph();
                    listNumber = f.dotted().first();
                    if (decision.chosen().outcome() == Outcome.NUMBERED_ITEM) {
                        lastSingleNumber = listNumber;
                    }
                    String marker = f.dotted().number() + ".";
                    add(new ListItem(stripTrailingSemicolon(f.dotted().rest()), enumeratedLevel(marker, f.indent()), marker, span), rule);
                }
                case DOCUMENT_PARAGRAPH -> {
                    flushParagraph();
                    String number = f.dotted().number();
                    lastSingleNumber = f.dotted().first();
                    add(new Heading(number, "", 1, span), rule);
                    resetLists();
                    startParagraph(f.dotted().rest(), span);
                    paragraphNumber = number;
                }
                case LEAD_IN_ITEM -> {
                    dottedItemsUnderLeadIn = true;
                    startParagraph(f.dotted().rest(), span);
                    paragraphNumber = f.dotted().number();
                }
                case NUMBERED_TITLE -> {
                    flushParagraph();
                    String number = f.dotted().number();
                    noteNumber(number);
                    add(new Heading(number, f.dotted().rest(), HeadingNumbers.depth(number), span), rule);
                    resetLists();
                    if (f.dotted().endsColon()) {
                        listNumber = -1; // "3. Undertakings for the Council:" introduces a numbered list
                    }
                }
                case NUMBERED_PARAGRAPH -> {
                    // A numbered paragraph: its number opens a section (the paragraph's own citation), and
                    // its text is one item, judged later by what it says.
                    flushParagraph();
                    String number = f.dotted().number();
                    noteNumber(number);
                    add(new Heading(number, "", HeadingNumbers.depth(number), span), rule);
                    resetLists();
                    startParagraph(f.dotted().rest(), span);
                    paragraphNumber = number;
                }
                case CONTINUES_ITEM -> appendToPrevious(f.text(), span);
                case NEW_PARAGRAPH -> {
                    flushParagraph();
                    startParagraph(f.text(), span);
                    fieldParagraph = f.fieldLabel() != null;
                }
                case GLUED_TITLE -> {
                    String title = paragraph.toString();
                    Span titleSpan = paragraphSpan;
                    paragraph.setLength(0);
                    add(new Heading(null, title, 0, titleSpan), rule);
                    resetLists();
                    startParagraph(f.text(), span);
                }
                case CONTINUE_PARAGRAPH -> continueParagraph(f.text(), span);
                default -> throw new IllegalStateException("not a decision for a line: " + decision.chosen().outcome());
            }
            return i;
        }

        private void add(Block block, String rule) {
            blocks.add(block);
            rules.add(rule);
        }

        private void startParagraph(String text, Span span) {
            paragraphNumber = null;
            fieldParagraph = false;
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

        /**
         * "4.3 The two sectors recognise that:" then lines that end, item by item, with ";" and the last with ".":
         * a list without markers inside the paragraph. Returns the index of the part that ends the lead-in, or -1.
         */
        private int semicolonListAfterLeadIn() {
            int colon = -1;
            for (int k = 0; k < paragraphParts.size() - 2 && colon < 0; k++) {
                if (paragraphParts.get(k).endsWith(":")) {
                    colon = k;
                }
            }
            if (colon < 0) {
                return -1;
            }
            int items = 0;
            for (int k = colon + 1; k < paragraphParts.size(); k++) {
                String part = paragraphParts.get(k);
                if (part.endsWith(";") || part.endsWith("; and") || part.endsWith("; or")) {
                    items++;
                }
            }
            String last = paragraphParts.get(paragraphParts.size() - 1);
            return items >= 2 && (last.endsWith(".") || last.endsWith(";")) ? colon : -1;
        }

        /** Emits the lead-in (numbered or not) and then each ";"-ended item of the list that follows it. */
        private void splitSemicolonList(int colon) {
            String lead = String.join(" ", paragraphParts.subList(0, colon + 1));
            Span leadSpan = paragraphPartSpans.get(0);
            for (int k = 1; k <= colon; k++) {
                leadSpan = leadSpan.union(paragraphPartSpans.get(k));
            }
            String number = paragraphNumber;
            paragraphNumber = null;
            add(new Paragraph(lead, leadSpan), number == null ? "lead-in over a list of items ended by ';'"
                    : "lead-in of numbered paragraph " + number + " over a list of items ended by ';'");
            String entry = null;
            Span entrySpan = null;
            for (int k = colon + 1; k < paragraphParts.size(); k++) {
                String part = paragraphParts.get(k);
                entry = entry == null ? part : joinWrapped(entry, part);
                entrySpan = entrySpan == null ? paragraphPartSpans.get(k) : entrySpan.union(paragraphPartSpans.get(k));
                if (part.endsWith(";") || part.endsWith("; and") || part.endsWith("; or") || k == paragraphParts.size() - 1) {
                    add(new ListItem(stripTrailingSemicolon(entry.replaceFirst(";\\s+(and|or)$", ";")), 0, "", entrySpan),
                            "an item ended by ';' under a lead-in");
                    entry = null;
                    entrySpan = null;
                }
            }
        }

        private void flushParagraph() {
            if (paragraph.length() == 0) {
                return;
            }
            String text = paragraph.toString().strip();
            paragraph.setLength(0);
            int leadIn = semicolonListAfterLeadIn();
            if (leadIn >= 0) {
                splitSemicolonList(leadIn);
                return;
            }
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
            if (paragraphLines == 1 && isTitleLine(text) && !text.endsWith(":") && !nextRecord && !nextEntry && !fieldParagraph) {
                add(new Heading(null, text, 0, paragraphSpan), "one short title-like line");
                resetLists();
            } else if (continuesSemicolonList(text)) {
                // "the sector has the right to campaign …;" as a paragraph of its own after "… recognise that:":
                // a PDF or Word copy sets each item of a ';' list apart, as the typed text set them under each other.
                add(new ListItem(stripTrailingSemicolon(text), 0, "", paragraphSpan), "a paragraph ended by ';' after a lead-in: an item");
                semicolonItemAt = text.endsWith(".") ? -1 : blocks.size() - 1;
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

        /**
         * Whether a paragraph is the next item of a list whose items end with ';': it ends so itself after a
         * lead-in ending ':' (a paragraph or a heading) or after such an item, or it ends the list with '.'
         * after such an item.
         */
        private boolean continuesSemicolonList(String text) {
            if (blocks.isEmpty()) {
                return false;
            }
            Block last = blocks.get(blocks.size() - 1);
            boolean afterItem = semicolonItemAt == blocks.size() - 1;
            boolean afterLeadIn = last instanceof Paragraph p && p.text().endsWith(":")
                    || last instanceof Heading h && h.title() != null && h.title().endsWith(":");
            boolean endsItem = text.endsWith(";") || text.endsWith("; and") || text.endsWith("; or");
            return endsItem && (afterLeadIn || afterItem) || afterItem && text.endsWith(".");
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

        private int bulletLevel(int indent, String glyph) {
            boolean continuesList = !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof ListItem;
            while (!bulletIndents.isEmpty() && bulletIndents.peek()[0] > indent) {
                bulletIndents.pop();
                bulletGlyphs.clear();
            }
            if (bulletIndents.isEmpty() || bulletIndents.peek()[0] < indent) {
                int level = bulletIndents.isEmpty() ? 0 : bulletIndents.peek()[1] + 1;
                if (bulletIndents.isEmpty() && indent > 0 && continuesList) {
                    level = 1;
                }
                bulletIndents.push(new int[] {indent, level});
                bulletGlyphs.clear();
            }
            return bulletIndents.peek()[1] + glyphDepth(glyph, continuesList);
        }

        /**
         * Text copied from a PDF viewer or a word processor loses the indent but keeps the glyph of each
         * level ("●" then "o" then "▪", Word's default order): inside one run of items, a glyph not met yet
         * opens a level below the last, and a glyph met before returns to its level.
         */
        private int glyphDepth(String marker, boolean continuesList) {
            if (!continuesList) {
                bulletGlyphs.clear();
            }
            String glyph = glyphClass(marker);
            int at = bulletGlyphs.indexOf(glyph);
            if (at < 0) {
                bulletGlyphs.add(glyph);
                return bulletGlyphs.size() - 1;
            }
            bulletGlyphs.subList(at + 1, bulletGlyphs.size()).clear();
            return at;
        }

        /** Variants of one glyph are one level: a ticked and an empty box ("☐", "✔"), a hyphen and a dash. */
        private static String glyphClass(String marker) {
            if (CHECK_BOXES.indexOf(marker.charAt(0)) >= 0 || marker.startsWith("[")) {
                return "box";
            }
            return DASHES.indexOf(marker.charAt(0)) >= 0 ? "dash" : marker;
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

        private void resetLists() {
            bulletIndents.clear();
            bulletGlyphs.clear();
            markerTypes.clear();
            listNumber = 0;
        }

        // --- headings -----------------------------------------------------------------------

        private boolean plausibleNumber(String number) {
            return view().plausibleNumber(number);
        }

        private void noteNumber(String number) {
            lastNumberAtDepth.put(1, Integer.parseInt(number.split("\\.")[0]));
            if (number.indexOf('.') < 0) {
                lastSingleNumber = Integer.parseInt(number);
            }
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
                    boolean onePara = j >= 0 && end <= j + 1 && (j + 1 == lines.size() || clean[j + 1].isEmpty());
                    List<String> runTogether = onePara ? runTogetherEntries(clean[j], j + 1) : null;
                    if (runTogether != null) {
                        skip[i] = true;
                        skip[j] = true;
                        toc.addAll(runTogether);
                        i = j + 1;
                    } else if ((entries >= 2 && entries * 2 >= scanned) || titlesOnly) {
                        skip[i] = true;
                        for (int k = j; k < end; k++) {
                            skip[k] = true;
                            toc.add(clean[k]);
                        }
                        i = end;
                    }
                }
            }
            markPageReferencedEntries();
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

        /**
         * Contents whose page numbers are written "pg 7" or "p. 7" after the title with a single space, as a Word or
         * PDF reader leaves them (as list items, or run together after "Contents Page …"): a run of three lines or
         * more, blank lines between allowed, each ending with such a reference, or opening with "Contents" and
         * holding two of them.
         */
        private void markPageReferencedEntries() {
            List<Integer> run = new ArrayList<>();
            for (int i = 0; i <= lines.size(); i++) {
                if (i < lines.size() && (skip[i] || clean[i].isEmpty())) {
                    continue;
                }
                boolean entry = i < lines.size() && lines.get(i).hint() != LineHint.TABLE_ROW
                        && (PAGE_REFERENCE_END.matcher(clean[i]).find()
                        || CONTENTS_RUN_IN.matcher(clean[i]).find() && PAGE_REFERENCE.matcher(clean[i]).results().count() >= 2);
                if (entry) {
                    run.add(i);
                    continue;
                }
                if (run.size() >= 3) {
                    for (int k : run) {
                        skip[k] = true;
                        toc.add(clean[k]);
                    }
                }
                run.clear();
            }
        }

        /**
         * A contents list a reader ran into one paragraph ("Introduction Our Shared Principles What the …"):
         * the paragraph is, from end to end, titles of short lines that come later in the document, three or
         * more. Returns those entries, or null.
         */
        private List<String> runTogetherEntries(String paragraph, int from) {
            if (paragraph.length() > MAX_RUN_TOGETHER_CONTENTS) {
                return null;
            }
            List<String> titles = new ArrayList<>();
            for (int k = from; k < lines.size(); k++) {
                Matcher framed = LineText.FRAMED_TITLE.matcher(clean[k]);
                String title = framed.matches() ? framed.group(2) : clean[k];
                if (!title.isEmpty() && wordCount(title) <= 10 && !endsSentence(title)) {
                    titles.add(title);
                }
            }
            List<String> entries = new ArrayList<>();
            String rest = paragraph;
            while (!rest.isEmpty()) {
                String longest = null;
                for (String title : titles) {
                    boolean prefix = rest.regionMatches(true, 0, title, 0, title.length())
                            && (rest.length() == title.length() || rest.charAt(title.length()) == ' ');
                    if (prefix && (longest == null || title.length() > longest.length())) {
                        longest = title;
                    }
                }
                if (longest == null) {
                    return null;
                }
                entries.add(rest.substring(0, longest.length()));
                rest = rest.substring(longest.length()).strip();
            }
            return entries.size() >= 3 ? entries : null;
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
                // So do a Markdown table's rows: "| Ref | Commitment | Who |" heads every theme's table.
                boolean pipeRow = clean[i].startsWith("|") && clean[i].endsWith("|") && clean[i].length() > 2;
                if (skip[i] || clean[i].isEmpty() || lines.get(i).hint() != LineHint.NONE || tabbed || pipeRow) {
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
            stripRunInFooters();
        }

        /**
         * A footer with its page number ("Upperby Compact 2019 - 2022 Page 10") that a reader ran onto the end of the
         * paragraph above it: when the footer also stands alone and, alone or run in, ends three lines or more, it is
         * cut from the end of each line it ends.
         */
        private void stripRunInFooters() {
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                String key = furnitureKey(clean[i]);
                if (key != null && PAGE_OF.matcher(clean[i]).find()) {
                    keys.add(key);
                }
            }
            for (String key : keys) {
                Pattern footer = Pattern.compile("(?i)\\s+(" + Arrays.stream(key.split("#", -1)).map(part -> part.isEmpty() ? "" : Pattern.quote(part))
                        .collect(Collectors.joining("\\d+")) + ")$");
                List<Integer> ends = new ArrayList<>();
                int alone = 0;
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).hint() == LineHint.TABLE_ROW) {
                        continue;
                    }
                    String normal = DIGITS.matcher(clean[i].toLowerCase(Locale.ROOT)).replaceAll("#");
                    if (normal.equals(key)) {
                        alone++;
                    } else if (!skip[i] && normal.endsWith(" " + key)) {
                        ends.add(i);
                    }
                }
                if (alone == 0 || alone + ends.size() < 3) {
                    continue;
                }
                for (int i : ends) {
                    Matcher m = footer.matcher(clean[i]);
                    if (m.find()) {
                        furniture.add(m.group(1));
                        clean[i] = clean[i].substring(0, m.start()).strip();
                    }
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
            // A typed page break a reader ran into one line ("Varley Compact 2025 Page 3 of 6 ------ The Varley
            // Compact"): footer, rule and header together; the rule is no text and the page number allows more words.
            String t = TYPED_RULE.matcher(text).replaceAll(" ~ ").strip();
            boolean paged = PAGE_OF.matcher(t).find();
            if (t.isEmpty() || t.length() > 80 || wordCount(t) > (paged ? 16 : 10)) {
                return null;
            }
            return DIGITS.matcher(t.toLowerCase(Locale.ROOT)).replaceAll("#");
        }

        /**
         * Reads a space-aligned table: its header, then rows separated by blank lines, each cell the
         * words of its column joined across the row's lines. The table ends at a line that crosses a
         * column gap (running text) or a numbered heading. Returns the index of the last line read.
         */
        private int layoutAlignedTable(int i, int[] columns, String trace) {
            flushParagraph();
            add(new TableRow(columnCells(lines.get(i).text(), columns), spanOf(lines.get(i))), "header of a table aligned with spaces" + trace);
            List<StringBuilder> row = new ArrayList<>();
            Span rowSpan = null;
            int last = i;
            boolean blankSeparated = rowsSeparatedByBlankLines(i, columns);
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
                // A long cell may push the next one past its column ("Borough Council/NHS Tollbridge   April 2010"):
                // the line is still a row when its wide gaps cut it into as many cells as the table has columns.
                List<String> pushed = crossesGap(raw, columns) ? cellsByGaps(raw, columns.length) : null;
                if (endsAlignedTable(raw, columns)) {
                    break;
                }
                List<String> cells = pushed != null ? pushed : columnCells(raw, columns);
                // Rows set one per line with no blank line between them: a line that fills every column starts a row.
                boolean complete = cells.stream().noneMatch(String::isEmpty);
                if (!blankSeparated && complete && !row.isEmpty() && row.get(0).length() > 0) {
                    rowSpan = emitAlignedRow(row, rowSpan);
                }
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

        /** A line of running prose across the columns, or a numbered heading: the aligned table has ended. */
        private boolean endsAlignedTable(String raw, int[] columns) {
            return crossesGap(raw, columns) && cellsByGaps(raw, columns.length) == null
                    || HeadingNumbers.DOTTED.matcher(raw.strip()).matches() && raw.length() < columns[1] && !Character.isWhitespace(raw.charAt(0))
                    && startsLikeTitle(HeadingNumbers.DOTTED.matcher(raw.strip()).replaceFirst("$3"));
        }

        /** True when a blank line falls between two rows of the table headed at line {@code i}: rows may then wrap. */
        private boolean rowsSeparatedByBlankLines(int i, int[] columns) {
            boolean blank = false;
            for (int j = i + 1; j < lines.size(); j++) {
                String raw = lines.get(j).text().stripTrailing();
                if (skip[j]) {
                    continue;
                }
                if (raw.isBlank()) {
                    blank = true;
                    continue;
                }
                if (endsAlignedTable(raw, columns)) {
                    return false;
                }
                if (blank) {
                    return true;
                }
            }
            return false;
        }

        /** The cells of a line cut at its gaps of two spaces or more, when there are exactly {@code count}; else null. */
        private static List<String> cellsByGaps(String raw, int count) {
            if (raw.isEmpty() || Character.isWhitespace(raw.charAt(0))) {
                return null;
            }
            String[] parts = raw.strip().split(" {2,}");
            return parts.length == count ? Arrays.stream(parts).map(TextCleaner::clean).toList() : null;
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
            return reader.nextNonBlank(i);
        }

        private static Span spanOf(SourceLine line) {
            return LineFeatureReader.spanOf(line);
        }
    }

}
