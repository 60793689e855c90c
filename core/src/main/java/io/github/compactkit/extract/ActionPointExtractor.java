package io.github.compactkit.extract;

import io.github.compactkit.layout.Block;
import io.github.compactkit.layout.Heading;
import io.github.compactkit.layout.ListItem;
import io.github.compactkit.layout.Paragraph;
import io.github.compactkit.layout.TableRow;
import io.github.compactkit.model.ActionPoint;
import io.github.compactkit.model.Span;
import io.github.compactkit.nlp.SentenceSplitter;
import io.github.compactkit.structure.LocatedBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds action points written as "Action: … Lead Responsibility: … Target Completion Date: …"
 * (also when split over paragraphs or pages) and action plans laid out as tables whose header
 * names an action, a lead and a date column.
 */
final class ActionPointExtractor {
    // Column headers of an action table, precompiled: tested on every cell of every table row.
    private static final Pattern ACTION_HEADER = Pattern.compile(".*\\b(action|actions|activity|task|what|commitment|commitments)\\b.*");
    private static final Pattern LEAD_HEADER = Pattern.compile(".*\\b(lead|responsib\\w*|who|owner|by whom)\\b.*");
    private static final Pattern DATE_HEADER = Pattern.compile(".*\\b(date|when|target|deadline|timescales?|by|due|completion)\\b.*");
    private static final Pattern STARTS_ACTION = Pattern.compile("(?i)^action(?:\\s+point)?\\s*\\d*\\s*[:.\u2013-]");
    private static final String LEAD_LABEL = "(?:lead(?:\\s+(?:responsibility|officer|partner|agency|body|organisation|organization|agent))?|responsibility|responsible|who)";
    private static final String DATE_LABEL = "(?:target(?:\\s+completion)?(?:\\s+date)?|completion\\s+date|by(?:\\s+when)?|deadline|timescales?|due(?:\\s+date)?|date|when)";
    private static final Pattern FIELDS = Pattern.compile(
            "(?is)^action(?:\\s+point)?\\s*\\d*\\s*[:.\u2013-]\\s*(.*?)\\s*\\b" + LEAD_LABEL + "\\s*:\\s*(.*?)\\s*\\b" + DATE_LABEL + "\\s*:\\s*(.*)$");
    private static final Pattern HAS_DATE_LABEL = Pattern.compile("(?i)\\b" + DATE_LABEL + "\\s*:");
    private static final Pattern DASHED = Pattern.compile("^(.{8,300}?)\\s+[\u2013\u2014]\\s+([^\u2013\u2014]{2,80}?)\\s+[\u2013\u2014]\\s+([^\u2013\u2014]{3,40})$");
    private static final Pattern HAS_LEAD_LABEL = Pattern.compile("(?i)\\b" + LEAD_LABEL + "\\s*:");
    /** "Relaunch the Compact Lead: Calderbridge CVS Target date: April 2015" (the lines joined). */
    private static final Pattern LABELLED = Pattern.compile(
            "(?is)^(.*?)\\s*[\u2013\u2014-]?\\s*\\b" + LEAD_LABEL + "\\s*:\\s*(.*?)\\s*[\u2013\u2014-]?\\s*\\b" + DATE_LABEL + "\\s*:\\s*(.*)$");

    /** The longest text read as "action Lead: … Target date: …": a few lines, never a page. */
    private static final int LABELLED_MAX = 1_000;

    private final LeadSplitter leads;

    /** Headings of the part that says how the compact will be put into practice. */
    private static final Pattern IMPLEMENTATION = Pattern.compile(
            "(?i)\\b(monitoring|implementation|implementing|next steps|into practice|delivery plan|making (it|the compact) (work|happen))\\b");
    /** "By March 2005 the Compact Working Group will publish …", "During 2004/05 X and Y will run …". */
    private static final Pattern DATED_SENTENCE = Pattern.compile(
            "^(?:By|During|Before|In|From)\\s+((?:the end of\\s+)?[A-Z0-9][\\w/]*(?:\\s+\\d{4})?),?\\s+(?:the\\s+)?([A-Z][\\w'&-]*(?:\\s+(?:and|of|for|the|[A-Z][\\w'&-]*)){0,8})\\s+will\\s+\\S.*$");
    private static final Pattern READER = Pattern.compile("(?i)(you|your\\s+\\w+|yourself|the reader)");

    ActionPointExtractor(LeadSplitter leads) {
        this.leads = leads;
    }

    List<ActionPoint> extract(List<LocatedBlock> blocks) {
        List<ActionPoint> found = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i).block();
            int before = found.size();
            Matcher dashed = DASHED.matcher(block.text());
            if ((block instanceof ListItem || block instanceof Paragraph) && dashed.matches()
                    && isDate(withoutLabel(dashed.group(3)))) {
                // "Publish a VCSE engagement plan — Kingsmere CCG — June 2018", with or without "Lead:" and "Target:".
                found.add(action(dashed.group(1), withoutLabel(dashed.group(2)), withoutLabel(dashed.group(3)),
                        blocks.get(i).section(), block.span()));
                continue;
            }
            if (isTextBlock(block) && STARTS_ACTION.matcher(block.text()).find()) {
                // Join the following paragraphs until the date label is seen: page breaks split actions.
                StringBuilder text = new StringBuilder(block.text());
                Span span = block.span();
                int j = i;
                while (!HAS_DATE_LABEL.matcher(text).find() && j + 1 < blocks.size() && j - i < 3) {
                    Block next = blocks.get(j + 1).block();
                    if (!isTextBlock(next) || STARTS_ACTION.matcher(next.text()).find()) {
                        break;
                    }
                    text.append(' ').append(next.text());
                    span = span.union(next.span());
                    j++;
                }
                Matcher m = FIELDS.matcher(text);
                if (m.matches()) {
                    found.add(action(m.group(1), m.group(2), m.group(3), blocks.get(i).section(), span));
                    i = j;
                }
            } else if (isTextBlock(block) && !HAS_LEAD_LABEL.matcher(block.text()).lookingAt() && i + 1 < blocks.size()
                    || block instanceof ListItem && HAS_LEAD_LABEL.matcher(block.text()).find()) {
                // An action written as its own line, then "Lead: …" and "Target date: …" (on its lines or run in).
                int j = readLabelled(blocks, i, found);
                if (j >= 0) {
                    i = j;
                }
            } else if (block instanceof TableRow row) {
                i = readTable(blocks, i, row, found);
            }
            if (found.size() == before && isTextBlock(block) && inImplementationPart(blocks.get(i))) {
                readDatedSentences(blocks.get(i), found);
            }
        }
        // An "action" whose lead is the reader ("Lead: You") is a guide's advice, not a plan's action.
        found.removeIf(a -> a.lead() != null && READER.matcher(a.lead().strip()).matches());
        return found;
    }

    /** A block under a heading about putting the compact into practice: "Monitoring", "Implementation", "Next steps". */
    private static boolean inImplementationPart(LocatedBlock located) {
        return located.headings().stream().anyMatch(h -> h.title() != null && IMPLEMENTATION.matcher(h.title()).find());
    }

    /**
     * "By March 2004 Wickham Borough Council will issue guidance …": in a part about putting the
     * compact into practice, a sentence that opens with its date and names who will act is an action.
     */
    private void readDatedSentences(LocatedBlock located, List<ActionPoint> found) {
        for (String sentence : SentenceSplitter.split(located.block().text())) {
            Matcher m = DATED_SENTENCE.matcher(sentence.strip());
            if (m.matches() && isDate(m.group(1))) {
                found.add(action(sentence.strip(), m.group(2), m.group(1), located.section(), located.block().span()));
            }
        }
    }

    /**
     * An action followed by its labelled fields: the block's own text up to "Lead:", then the lead
     * and the date from it or from the next two blocks. Returns the index of the last block used, or
     * -1 when the blocks are not an action.
     */
    private int readLabelled(List<LocatedBlock> blocks, int start, List<ActionPoint> found) {
        Block first = blocks.get(start).block();
        StringBuilder text = new StringBuilder(first.text());
        Span span = first.span();
        int j = start;
        while (!(HAS_LEAD_LABEL.matcher(text).find() && HAS_DATE_LABEL.matcher(text).find()) && j + 1 < blocks.size() && j - start < 2) {
            Block next = blocks.get(j + 1).block();
            if (!isTextBlock(next) || !(HAS_LEAD_LABEL.matcher(next.text()).lookingAt() || HAS_DATE_LABEL.matcher(next.text()).lookingAt())) {
                break;
            }
            text.append(' ').append(next.text());
            span = span.union(next.span());
            j++;
        }
        if (text.length() > LABELLED_MAX) {
            return -1; // LABELLED backtracks on long texts full of labels; an action with its labels is short
        }
        Matcher m = LABELLED.matcher(text);
        // A key to the plan ("Lead: the organisation that …") defines the labels; it is not an action.
        if (first instanceof Heading || !m.matches() || m.group(1).isBlank() || m.group(2).isBlank()
                || Character.isLowerCase(m.group(2).strip().charAt(0))) {
            return -1;
        }
        found.add(action(m.group(1), m.group(2), m.group(3), blocks.get(start).section(), span));
        return j;
    }

    private int readTable(List<LocatedBlock> blocks, int start, TableRow header, List<ActionPoint> found) {
        int[] columns = columns(header.cells());
        if (columns == null) {
            return start;
        }
        List<String[]> rows = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        int i = start + 1;
        for (; i < blocks.size(); i++) {
            if (!(blocks.get(i).block() instanceof TableRow row)) {
                if (blocks.get(i).block() instanceof Heading || !continuesAfterBreak(blocks, i)) {
                    break;
                }
                continue; // a running header or page number between two parts of the table
            }
            if (columns(row.cells()) != null) {
                continue; // the header repeated on a new page
            }
            String action = cell(row, columns[0]);
            String lead = cell(row, columns[1]);
            String date = cell(row, columns[2]);
            boolean wrappedAction = !action.isEmpty() && lead.isEmpty() && date.isEmpty();
            if ((action.isEmpty() || wrappedAction) && !rows.isEmpty()) {
                // A row that continues the one above (wrapped cells).
                String[] last = rows.get(rows.size() - 1);
                last[0] = join(last[0], action);
                last[1] = join(last[1], lead);
                last[2] = join(last[2], date);
                spans.set(spans.size() - 1, spans.get(spans.size() - 1).union(row.span()));
                continue;
            }
            if (action.isEmpty()) {
                continue;
            }
            rows.add(new String[] {action, lead, date});
            spans.add(row.span());
            sections.add(blocks.get(i).section());
        }
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            found.add(action(row[0], row[1], row[2], sections.get(r), spans.get(r)));
        }
        return i - 1;
    }

    private static boolean continuesAfterBreak(List<LocatedBlock> blocks, int i) {
        return i + 1 < blocks.size() && blocks.get(i + 1).block() instanceof TableRow
                && blocks.get(i).block().text().length() < 80;
    }

    /** Column indexes of action, lead and date when the cells are an action-plan header, else null. */
    static int[] columns(List<String> cells) {
        int action = -1;
        int lead = -1;
        int date = -1;
        for (int c = 0; c < cells.size(); c++) {
            String s = cells.get(c).toLowerCase(Locale.ROOT);
            if (s.length() > 40) {
                return null;
            }
            if (action < 0 && ACTION_HEADER.matcher(s).matches()) {
                action = c;
            } else if (lead < 0 && LEAD_HEADER.matcher(s).matches()) {
                lead = c;
            } else if (date < 0 && DATE_HEADER.matcher(s).matches()) {
                date = c;
            }
        }
        return action >= 0 && lead >= 0 && date >= 0 ? new int[] {action, lead, date} : null;
    }

    private ActionPoint action(String text, String lead, String target, String section, Span span) {
        String cleanText = ItemText.strip(text.strip());
        String cleanLead = trimPunctuation(lead);
        String cleanTarget = firstPhrase(target);
        return new ActionPoint(cleanText, cleanLead, leads.split(cleanLead), cleanTarget,
                EdtfDates.toEdtf(cleanTarget).orElse(null), section, span);
    }

    /** The date phrase alone: text after it (a footnote, the next sentence) is not part of it. */
    private static String firstPhrase(String target) {
        String t = target.strip();
        int cut = t.indexOf(". ");
        if (cut > 0) {
            t = t.substring(0, cut);
        }
        return trimPunctuation(t);
    }

    private static String trimPunctuation(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ".;,".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static String cell(TableRow row, int index) {
        return index < row.cells().size() ? row.cells().get(index).strip() : "";
    }

    private static String join(String a, String b) {
        return b.isEmpty() ? a : a.isEmpty() ? b : a + " " + b;
    }

    /** Paragraphs, list items and unnumbered one-line "headings" (a short line of an action split by a page break). */
    /** A field without its label: "Lead: Grants Team" → "Grants Team". */
    private static String withoutLabel(String field) {
        return field.strip().replaceFirst("(?i)^(?:" + LEAD_LABEL + "|" + DATE_LABEL + ")\\s*:\\s*", "");
    }

    /** A target a plan would give: a date EDTF can write, or "Ongoing". */
    private static boolean isDate(String text) {
        String t = text.strip();
        return EdtfDates.toEdtf(t).isPresent() || t.matches("(?i)on-?going|annually|tbc");
    }

    private static boolean isTextBlock(Block block) {
        return block instanceof Paragraph || block instanceof ListItem || block instanceof Heading h && h.number() == null;
    }
}
