package io.github.compactkit.extract;

import io.github.compactkit.ingest.SourceLine;
import io.github.compactkit.layout.Block;
import io.github.compactkit.model.DocumentDate;
import io.github.compactkit.model.Status;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Title, area, date and draft/final status, read from the front of the document. */
final class MetadataExtractor {
    private static final Pattern AREA_IN_TITLE = Pattern.compile(
            // The look-aheads only let the matcher skip, cheaply, positions where no match can start.
            "(?i)(?=[ci])(?:compact\\s+(?:for|in)\\s+(?:the\\s+)?(?:london\\s+borough\\s+of\\s+|city\\s+of\\s+|borough\\s+of\\s+|county\\s+of\\s+|district\\s+of\\s+)?"
                    + "|\\bin\\s+(?:the\\s+)?(?:london\\s+borough\\s+of\\s+|city\\s+of\\s+|borough\\s+of\\s+|county\\s+of\\s+|district\\s+of\\s+))"
                    + "([A-Z][\\w'-]+(?:\\s+(?:and\\s+|&\\s+)?[A-Z][\\w'-]+){0,3})");
    private static final Pattern AREA_BEFORE_COMPACT = Pattern.compile(
            // "The Elmsworth and Pellingham Compact": two places joined by "and" are one area.
            "\\b((?:[A-Z][\\w'-]+\\s+(?:(?:and|&)\\s+(?=[A-Z]))?){1,3})(?i:compact|charter|concordat|partnership agreement)\\b");
    /** A line dating the document: a month or season and a year, said to be when it was agreed, adopted or drafted. */
    private static final Pattern DATED = Pattern.compile(
            "(?i)\\b(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december"
                    + "|spring|summer|autumn|winter)\\s+(?:19|20)\\d{2})\\b");
    private static final Pattern DATE_WORDS = Pattern.compile(
            "(?i)\\b(draft|final|version|revised|updated|agreed|adopted|signed|approved|published|dated|launched|effective"
                    + "|refreshed|renewed|reviewed|reissued|amended|edition)\\b");
    private static final Pattern STATUS_WORD = Pattern.compile("(?i)\\b(draft|final)\\b");
    private static final Pattern DRAFT = Pattern.compile("\\b(draft|consultation draft)\\b");
    private static final Pattern FINAL = Pattern.compile("\\bfinal (version|draft|document)\\b");
    /** Names written before a public body or a compact's own name: where the area is named most often. */
    private static final Pattern AREA_BEFORE_BODY = Pattern.compile(
            "(?=[A-Z])\\b([A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)\\s+(?:Borough Council|City Council|District Council|County Council|Council for Voluntary Service"
                    + "|CVS|Strategic Partnership|Partnership|Primary Care Trust|Compact|Voluntary Action|Police)\\b");
    private static final java.util.Set<String> NOT_AREAS = java.util.Set.of(
            "the", "national", "local", "this", "a", "our", "the local", "the national", "of the", "to the", "the westminster",
            "working", "draft", "revised", "new", "each", "that", "whole", "what", "about", "through", "and", "how", "why",
            "when", "where", "your", "my", "their", "its", "every", "any", "all", "using", "creating", "revising", "renewing",
            "the compact", "our compact", "a local", "voice");

    record Metadata(String title, String area, DocumentDate date, Status status) {
    }

    Metadata extract(List<Block> blocks, List<SourceLine> lines, List<String> furniture) {
        String title = title(blocks);
        String area = area(title, blocks);
        DocumentDate date = null;
        Status status = null;
        int seen = 0;
        for (SourceLine line : lines) {
            String text = line.text().strip().replace("*", "").strip();
            if (text.isEmpty()) {
                continue;
            }
            if (++seen > 40) {
                break;
            }
            boolean shortLine = text.split("\\s+").length <= 16;
            if (shortLine && DATED.matcher(text).find()
                    && (DATE_WORDS.matcher(text).find() || DATED.matcher(text).replaceAll("").isBlank())) {
                date = new DocumentDate(text, EdtfDates.toEdtf(text).orElse(null));
                Matcher statusWord = STATUS_WORD.matcher(text);
                if (statusWord.find()) {
                    status = statusWord.group(1).equalsIgnoreCase("final") ? Status.FINAL : Status.DRAFT;
                }
                break;
            }
        }
        if (status == null) {
            String front = String.join(" ", lines.stream().limit(60).map(SourceLine::text).toList()) + " " + String.join(" ", furniture);
            String lower = front.toLowerCase(Locale.ROOT);
            if (lower.contains("draft") && DRAFT.matcher(lower).find()) {
                status = Status.DRAFT;
            } else if (lower.contains("final ") && FINAL.matcher(lower).find()) {
                status = Status.FINAL;
            }
        }
        return new Metadata(title, area, date, status);
    }

    private static String title(List<Block> blocks) {
        for (Block block : blocks.subList(0, Math.min(blocks.size(), 12))) {
            String text = block.text().strip();
            int words = text.split("\\s+").length;
            if (words >= 2 && words <= 25 && text.chars().anyMatch(Character::isLetter) && !text.endsWith(":")
                    && !text.toLowerCase(Locale.ROOT).startsWith("contents")) {
                return titleCase(text);
            }
        }
        return null;
    }

    private static String titleCase(String text) {
        if (!text.equals(text.toUpperCase(Locale.ROOT))) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : text.toLowerCase(Locale.ROOT).split(" ")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            boolean small = sb.length() > 0 && w.matches("and|of|the|for|in|on|to|a|an|between");
            sb.append(small || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return sb.toString();
    }

    private static String area(String title, List<Block> blocks) {
        String area = areaAsWritten(title, blocks);
        // "THE UPTON AND ASHBY COMPACT": a name in capitals is written as a name.
        return area != null && area.equals(area.toUpperCase(Locale.ROOT)) && area.length() > 4 ? titleCase(area) : area;
    }

    private static String areaAsWritten(String title, List<Block> blocks) {
        if (title != null) {
            Matcher m = AREA_IN_TITLE.matcher(title);
            if (m.find()) {
                return m.group(1);
            }
            Matcher before = AREA_BEFORE_COMPACT.matcher(title);
            if (before.find()) {
                String candidate = stripArticle(before.group(1).strip());
                if (candidate != null) {
                    return candidate;
                }
            }
        }
        // The name most often written before a public body or "Compact" ("Sevenoaks District Council").
        Map<String, Integer> counts = new HashMap<>();
        for (Block block : blocks) {
            Matcher m = AREA_BEFORE_BODY.matcher(mayNameBody(block.text()) ? block.text() : "");
            while (m.find()) {
                if (ROLE_AFTER.matcher(block.text()).region(m.end(), block.text().length()).lookingAt()) {
                    continue; // "Sarah Prior, Compact Officer": a person, not a place
                }
                // Each match is filtered like a title's area: "Voluntary Service" or "Local" name no place.
                String candidate = stripArticle(m.group(1).strip());
                if (candidate != null) {
                    counts.merge(candidate, 1, Integer::sum);
                }
            }
            Matcher in = AREA_IN_TITLE.matcher(mayNameArea(block.text()) ? block.text() : "");
            while (in.find()) {
                String candidate = stripArticle(in.group(1));
                if (candidate != null) {
                    counts.merge(candidate, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= 3)
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.<String, Integer>comparingByKey().reversed()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** False only when {@link #AREA_IN_TITLE} cannot match: it needs "compact" or "borough/city/county/district of". */
    private static boolean mayNameArea(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("compact") || lower.contains("borough") || lower.contains("city") || lower.contains("county")
                || lower.contains("district");
    }

    /** False only when {@link #AREA_BEFORE_BODY} cannot match: each of its bodies has one of these words. */
    private static boolean mayNameBody(String text) {
        return text.contains("Council") || text.contains("CVS") || text.contains("Partnership") || text.contains("Trust")
                || text.contains("Compact") || text.contains("Action") || text.contains("Police");
    }

    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i)(the|a|an|our|this)\\s+");
    private static final Pattern TRAILING_KIND = Pattern.compile("(?i)\\s+(local|partnership|borough|city|county|district)$");
    private static final Pattern SECTOR_WORD = Pattern.compile(
            ".*\\b(voluntary|community|sector|service|services|strategic|health|care|primary|trust|government|compacts?)\\b.*");
    private static final Pattern DANGLING_WORD = Pattern.compile(".*\\b(of|to|and|with|on)$");
    private static final Pattern ROLE_AFTER = Pattern.compile(
            "(?i)\\s+(officer|director|manager|lead|champion|worker|advisor|adviser|coordinator|co-ordinator|chair)\\b");
    /** A person's role, as in "Martin Howie Director, Voluntary Action Lewisham": no place. */
    private static final Pattern ROLE_WORD = Pattern.compile(
            "(?i).*\\b(director|officer|manager|chief|executive|chair|chairman|coordinator|co-ordinator|worker|advisor|adviser"
                    + "|lead|leader|head|councillor|mayor|secretary|president|trustee)\\b.*");

    private static String stripArticle(String s) {
        String t = TRAILING_KIND.matcher(LEADING_ARTICLE.matcher(s).replaceFirst("")).replaceFirst("").strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (t.isEmpty() || NOT_AREAS.contains(lower) || lower.startsWith("national") || lower.startsWith("local")
                || SECTOR_WORD.matcher(lower).matches() || ROLE_WORD.matcher(lower).matches()
                || lower.endsWith(" the") || DANGLING_WORD.matcher(lower).matches()) {
            return null;
        }
        return t;
    }
}
