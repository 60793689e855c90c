package io.github.compactkit.layout;

import static io.github.compactkit.layout.LineText.BARE_LEAD_IN;
import static io.github.compactkit.layout.LineText.BULLET;
import static io.github.compactkit.layout.LineText.CLAUSE_LABEL;
import static io.github.compactkit.layout.LineText.DANGLING_WORDS;
import static io.github.compactkit.layout.LineText.ENUMERATED;
import static io.github.compactkit.layout.LineText.LETTERED;
import static io.github.compactkit.layout.LineText.MARKDOWN_HEADING;
import static io.github.compactkit.layout.LineText.MARKDOWN_TABLE_RULE;
import static io.github.compactkit.layout.LineText.MODAL_WORD;
import static io.github.compactkit.layout.LineText.ROMAN;
import static io.github.compactkit.layout.LineText.SETEXT_UNDERLINE;
import static io.github.compactkit.layout.LineText.STARTED_COMMITMENT;
import static io.github.compactkit.layout.LineText.WRAPPED_LINE_CHARS;
import static io.github.compactkit.layout.LineText.endsSentence;
import static io.github.compactkit.layout.LineText.wordCount;

import com.google.common.base.Suppliers;
import io.github.compactkit.ingest.LineHint;
import io.github.compactkit.ingest.SourceLine;
import io.github.compactkit.model.Span;
import io.github.compactkit.nlp.PartOfSpeech;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@link LineFeatures} of a line from the document's lines once the contents list and
 * page furniture are set aside: the line itself and the lines after it, never the layout's state.
 */
final class LineFeatureReader {
    /** A gap of three or more spaces between the columns of a table laid out with spaces. */
    private static final Pattern WIDE_GAP = Pattern.compile("(?<=\\S) {3,}(?=\\S)");
    private static final Pattern SECTION_COLON = Pattern.compile("(?i)^section\\s+\\d+\\s*:.*");

    /** "Who: …", "What we will do: …", "How you will know: …": a label of words (no number) and a colon. */
    private static final Pattern FIELD_LABEL = Pattern.compile("^([A-Z][\\p{L}'\u2019]*(?: [\\p{L}'\u2019]+){0,5}):(?=\\s|$)");
    private static final int FIELD_LINES = 3;

    private final List<SourceLine> lines;
    private final String[] clean;
    private final boolean[] skip;
    /** How many lines open with each field label (lower case), counted when a rule first asks. */
    private final Supplier<Map<String, Integer>> fieldLabelCounts = Suppliers.memoize(this::countFieldLabels);

    /** Reads {@code clean} and {@code skip} as they are when a line is read: set-aside marking must be done. */
    LineFeatureReader(List<SourceLine> lines, String[] clean, boolean[] skip) {
        this.lines = lines;
        this.clean = clean;
        this.skip = skip;
    }

    LineFeatures read(int i) {
        return read(i, clean[i]);
    }

    /**
     * Reads line {@code i} as if its cleaned text were {@code text} (a panel's rule run into the text after
     * it reads as that text); the lines after it read as they are.
     */
    LineFeatures read(int i, String text) {
        SourceLine line = lines.get(i);
        String raw = line.text();
        int next = nextNonBlank(i);
        int underline = next == i + 1 && SETEXT_UNDERLINE.matcher(clean[next]).matches() ? next : -1;
        return new LineFeatures(i, line, raw, text, spanOf(line), LineText.indentOf(raw),
                wordCount(text), endsSentence(text), LineText.isTitleLine(text), Character.isLowerCase(text.charAt(0)),
                LineText.dashFields(text), LineText.startsNamedEntry(raw), LineText.looksLikeInitial(text),
                next, nextIsBlankOrEnd(i), next > 0 && LineText.isTitleLine(clean[next]), underline,
                Suppliers.memoize(() -> alignedColumns(i)), tabs(raw), markdownHeading(raw), pipeRow(raw, i),
                bullet(text), enumerated(text), numbered(ROMAN.matcher(text), i), numbered(CLAUSE_LABEL.matcher(text), i),
                numbered(LETTERED.matcher(text), i), keyword(text, i), alone(text), dotted(text, i), null, fieldLabel(text));
    }

    /** The line's field label ("Who: …"), when the document opens at least {@value #FIELD_LINES} lines with it. */
    private String fieldLabel(String text) {
        Matcher m = FIELD_LABEL.matcher(text);
        if (!m.find()) {
            return null;
        }
        String label = m.group(1);
        return fieldLabelCounts.get().getOrDefault(label.toLowerCase(Locale.ROOT), 0) >= FIELD_LINES ? label : null;
    }

    private Map<String, Integer> countFieldLabels() {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < clean.length; i++) {
            Matcher m = skip[i] || clean[i] == null ? null : FIELD_LABEL.matcher(clean[i]);
            if (m != null && m.find()) {
                counts.merge(m.group(1).toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static LineFeatures.Tabs tabs(String raw) {
        if (raw.indexOf('\t') < 0) {
            return null;
        }
        int leading = 0;
        while (leading < raw.length() && raw.charAt(leading) == '\t') {
            leading++;
        }
        List<String> columns = Arrays.stream(raw.replaceAll("[ \\r\\n]+$", "").split("\t", -1)).map(TextCleaner::clean).toList();
        return new LineFeatures.Tabs(LineText.cells(raw), leading, raw.strip().indexOf('\t') >= 0, columns);
    }

    private static LineFeatures.MarkdownHeading markdownHeading(String raw) {
        Matcher framed = LineText.FRAMED_TITLE.matcher(raw.strip());
        if (framed.matches() && !framed.group(2).matches(".*[.!?]$")) {
            // Level 0, as a title between rule lines above and below: the document's outline gives its depth.
            return new LineFeatures.MarkdownHeading(0, TextCleaner.clean(framed.group(2)));
        }
        Matcher underlined = LineText.UNDERLINED_TITLE.matcher(raw.strip());
        if (underlined.matches() && underlinesTitle(underlined)) {
            return new LineFeatures.MarkdownHeading(0, TextCleaner.clean(underlined.group(1)));
        }
        Matcher m = MARKDOWN_HEADING.matcher(raw.strip());
        if (!m.matches() || m.group(2).isBlank()) {
            return null;
        }
        return new LineFeatures.MarkdownHeading(m.group(1).length(), TextCleaner.clean(m.group(2)));
    }

    /** An underline is typed about as long as its title; a short dash after a long text is a sentence's dash. */
    private static boolean underlinesTitle(Matcher underlined) {
        String title = underlined.group(1);
        int rule = underlined.end() - underlined.start(2);
        return wordCount(title) <= 12 && rule * 2 >= title.length();
    }

    private LineFeatures.PipeRow pipeRow(String raw, int i) {
        String s = raw.strip();
        if (!(s.startsWith("|") && s.endsWith("|") && s.length() > 2)) {
            // "Action | Lead | Target date" over "Publish … | OPCC | January 2017": pipes without the outer ones
            // make rows when the line next to it has as many.
            int bars = innerBars(s);
            if (bars < 2 || !(bars == innerBars(neighbour(i, -1)) || bars == innerBars(neighbour(i, 1)))) {
                return null;
            }
            return new LineFeatures.PipeRow(false, Arrays.stream(s.split("\\|", -1)).map(TextCleaner::clean).toList());
        }
        if (MARKDOWN_TABLE_RULE.matcher(s).matches()) {
            return new LineFeatures.PipeRow(true, List.of());
        }
        List<String> cells = new ArrayList<>();
        for (String cell : s.substring(1, s.length() - 1).split("\\|", -1)) {
            cells.add(TextCleaner.clean(cell));
        }
        return new LineFeatures.PipeRow(false, List.copyOf(cells));
    }

    private static LineFeatures.Marker bullet(String text) {
        Matcher m = BULLET.matcher(text);
        if (!m.matches() || LineText.isDashInSentence(text)) {
            return null;
        }
        return new LineFeatures.Marker(m.group(1), LineText.stripTrailingSemicolon(m.group(2).strip()));
    }

    private static LineFeatures.Marker enumerated(String text) {
        Matcher m = ENUMERATED.matcher(text);
        return m.matches() ? new LineFeatures.Marker(m.group(1), m.group(4)) : null;
    }

    private LineFeatures.Numbered numbered(Matcher m, int i) {
        if (!m.matches()) {
            return null;
        }
        String rest = m.group(2);
        return new LineFeatures.Numbered(m.group(1), rest, wordCount(rest), endsSentence(rest), runsOnToNextLine(i, rest));
    }

    private LineFeatures.Keyword keyword(String text, int i) {
        Matcher m = HeadingNumbers.KEYWORD.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String rest = m.group(3).strip();
        return new LineFeatures.Keyword(HeadingNumbers.keywordNumber(m), rest, Character.isUpperCase(text.charAt(0)),
                SECTION_COLON.matcher(text).matches(), wordCount(rest), endsSentence(rest),
                !rest.isEmpty() && runsOnToNextLine(i, rest));
    }

    private static String alone(String text) {
        Matcher m = HeadingNumbers.ALONE.matcher(text);
        return m.matches() ? m.group(1) : null;
    }

    private LineFeatures.Dotted dotted(String text, int i) {
        Matcher m = HeadingNumbers.DOTTED.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String number = m.group(1);
        String rest = m.group(3);
        boolean titleCase = LineText.startsLikeTitle(rest);
        int words = wordCount(rest);
        Supplier<Boolean> instruction = Suppliers.memoize(
                () -> titleCase && words >= 4 && !rest.endsWith(":") && PartOfSpeech.startsWithBaseVerb(rest));
        boolean folding = rest.endsWith(":") && STARTED_COMMITMENT.matcher(rest).find() && !BARE_LEAD_IN.matcher(rest).find();
        return new LineFeatures.Dotted(number, rest, Integer.parseInt(number.split("\\.")[0]), number.indexOf('.') < 0,
                titleCase, words, endsSentence(rest), runsOnToNextLine(i, rest), instruction, MODAL_WORD.matcher(rest).find(),
                folding);
    }

    /**
     * True when the line after a numbered line continues its text: not blank, not a marker or a
     * heading number, and either starting in lower case or following a line that cannot end a title.
     */
    private boolean runsOnToNextLine(int i, String rest) {
        if (breaksMidSentence(rest) && continuationAfterPageBreak(i) >= 0) {
            return true; // "2.1.5 Accountability – each partner is answerable to its users, to" | footer | "its funders …"
        }
        int j = i + 1;
        if (j >= lines.size() || skip[j] || clean[j].isEmpty() || lines.get(j).hint() != LineHint.NONE) {
            return false;
        }
        String next = clean[j];
        Matcher dotted = HeadingNumbers.DOTTED.matcher(next);
        // "15 working days." after "… within" is the sentence going on; "3.1.6 Respect …" is the next paragraph.
        boolean quantity = dotted.matches() && Character.isLowerCase(dotted.group(3).charAt(0)) && breaksMidSentence(rest);
        if (BULLET.matcher(next).matches() || ENUMERATED.matcher(next).matches() || dotted.matches() && !quantity
                || HeadingNumbers.KEYWORD.matcher(next).matches() || HeadingNumbers.ALONE.matcher(next).matches()) {
            return false;
        }
        String lastWord = rest.substring(rest.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        // A first line as long as a wrapped line is one (titles are short), whatever case the next line starts in.
        return Character.isLowerCase(next.charAt(0)) || rest.endsWith(",") || DANGLING_WORDS.contains(lastWord)
                || rest.length() >= WRAPPED_LINE_CHARS && !rest.endsWith(":");
    }

    /** Text that stops where no sentence or title can: after a comma or a word such as "to", "the", "within". */
    static boolean breaksMidSentence(CharSequence text) {
        String t = text.toString().stripTrailing();
        if (t.isEmpty()) {
            return false;
        }
        String lastWord = t.substring(t.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return t.endsWith(",") || DANGLING_WORDS.contains(lastWord);
    }

    /**
     * The line that continues line {@code i} across a page break: after blank lines with a running header or
     * footer among them, a line of plain text starting in lower case. -1 when there is none. Only the
     * furniture between them makes the blank lines a page's edge rather than the end of a paragraph.
     */
    int continuationAfterPageBreak(int i) {
        boolean furniture = false;
        for (int j = i + 1; j < lines.size() && j <= i + 12; j++) {
            if (skip[j]) {
                furniture = true;
            } else if (!clean[j].isEmpty()) {
                boolean continues = furniture && lines.get(j).hint() == LineHint.NONE && Character.isLowerCase(clean[j].charAt(0))
                        && !BULLET.matcher(clean[j]).matches() && !ENUMERATED.matcher(clean[j]).matches();
                return continues ? j : -1;
            }
        }
        return -1;
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

    /** The count of " | " separators in a line that does not open with a pipe. */
    private static int innerBars(String line) {
        if (line == null || line.startsWith("|")) {
            return 0;
        }
        int bars = 0;
        for (int at = line.indexOf(" | "); at >= 0; at = line.indexOf(" | ", at + 3)) {
            bars++;
        }
        return bars;
    }

    /** The text of the line just above ({@code step} -1) or below (+1), or null at a blank line or the end. */
    private String neighbour(int i, int step) {
        int j = i + step;
        return j < 0 || j >= lines.size() || skip[j] || clean[j].isEmpty() ? null : clean[j].strip();
    }

    int nextNonBlank(int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!clean[j].isEmpty() && !skip[j]) {
                return j;
            }
        }
        return -1;
    }

    boolean nextIsBlankOrEnd(int i) {
        return i + 1 >= lines.size() || clean[i + 1].isEmpty();
    }

    static Span spanOf(SourceLine line) {
        return new Span(line.number(), line.number(), line.page(), line.page(), line.box());
    }
}
