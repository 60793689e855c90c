package io.github.compactkit.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds running headers, footers and page numbers: lines in the top or bottom margin zone that
 * repeat across pages at the same height (digits ignored, so "Page 3" matches "Page 4"), and page
 * number lines ("3", "Page 3 of 12", "- 3 -", "iv") in those zones on any page.
 */
final class PdfFurniture {
    /** Share of the page height, from the top and from the bottom, where furniture may sit. */
    static final float ZONE = 0.11f;
    static final float WIDE_ZONE = 0.2f;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(page|p\\.|pg\\.?)?\\s*[-–(]?\\s*(\\d{1,4}|[ivxlc]{1,7})\\s*[-–)]?(\\s*(of|/)\\s*\\d{1,4})?");
    private static final int MAX_LISTED = 200;
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final List<PdfPage> pages;
    private final Set<String> texts = new LinkedHashSet<>();

    PdfFurniture(List<PdfPage> pages) {
        this.pages = pages;
    }

    /** The pages' lines without furniture; the removed texts are kept for {@link #texts()}. */
    List<List<PdfVisualLine>> bodyLines() {
        Map<String, Integer> pagesWithKey = new HashMap<>();
        for (PdfPage page : pages) {
            Set<String> seen = new LinkedHashSet<>();
            for (PdfVisualLine line : page.lines()) {
                if (inZone(page, line, WIDE_ZONE)) {
                    // A scan sits a little higher or lower on each page: the next band counts too.
                    for (int shift = -1; shift <= 1; shift++) {
                        seen.addAll(keys(page, line, shift));
                    }
                }
            }
            seen.forEach(k -> pagesWithKey.merge(k, 1, Integer::sum));
        }
        int needed = Math.max(2, (int) Math.ceil(pages.size() * 0.3));
        List<List<PdfVisualLine>> result = new ArrayList<>();
        for (PdfPage page : pages) {
            List<PdfVisualLine> body = new ArrayList<>();
            for (PdfVisualLine line : page.lines()) {
                int repeats = keys(page, line, 0).stream().mapToInt(k -> pagesWithKey.getOrDefault(k, 0)).max().orElse(0);
                boolean furniture = inZone(page, line, ZONE)
                        && (repeats >= needed || PAGE_NUMBER.matcher(line.text().strip()).matches())
                        // Designed pages may carry tall headers: further in, only lines on most pages count.
                        || inZone(page, line, WIDE_ZONE) && repeats >= Math.max(3, pages.size() * 0.6);
                if (furniture) {
                    if (texts.size() < MAX_LISTED) {
                        texts.add(line.text().replace('\t', ' ').strip());
                    }
                } else {
                    body.add(line);
                }
            }
            result.add(body);
        }
        return result;
    }

    /** The distinct furniture texts removed, in order of first appearance. */
    List<String> texts() {
        return List.copyOf(texts);
    }

    private static boolean inZone(PdfPage page, PdfVisualLine line, float zone) {
        return line.baseline() < page.height() * zone || line.top() > page.height() * (1 - zone);
    }

    /**
     * Keys under which a line repeats: its exact text, and for each number in it that could be
     * the page number (printed number = page index minus a fixed offset) the text with that number
     * folded and the offset noted. "Page 3 of 12" on page 3 and "Page 4 of 12" on page 4 share a
     * key; "2.3 Funding" at the top of two pages does not. The line's height band (6 pt, moved by
     * {@code bandShift}) is part of it.
     */
    private static Set<String> keys(PdfPage page, PdfVisualLine line, int bandShift) {
        String text = line.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        boolean top = line.baseline() < page.height() / 2;
        int band = Math.round((top ? line.baseline() : page.height() - line.baseline()) / 6f) + bandShift;
        String prefix = (top ? "t" : "b") + band + ":";
        Set<String> keys = new LinkedHashSet<>();
        keys.add(prefix + text);
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            if (m.group().length() > 4) {
                continue;
            }
            int offset = page.number() - Integer.parseInt(m.group());
            keys.add(prefix + text.substring(0, m.start()) + "#" + text.substring(m.end()) + "@" + offset);
        }
        return keys;
    }
}
