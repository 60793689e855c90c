package io.github.compactkit.extract;

import io.github.compactkit.layout.Block;
import io.github.compactkit.layout.Paragraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pull quotes: a designed document repeats a sentence of its text large in a box, with or without
 * quotation marks. A paragraph whose words all occur, in order and together, inside another, longer
 * block is such a repeat: it is set aside, so the commitment it repeats is listed once, where the text
 * makes it. Blocks are indexed by their first words' four-word runs, so finding a repeat costs about the
 * length of the quote, not of the document.
 */
final class PullQuotes {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'\u2019-]*|\\p{N}+");
    /** Shorter repeats ("The Council will:") are lead-ins and headings, not quotes. */
    private static final int MIN_WORDS = 8;
    private static final int MAX_WORDS = 60;
    private static final int KEY = 4;

    private final List<List<String>> words = new ArrayList<>();
    private final Map<String, List<int[]>> index = new HashMap<>();

    PullQuotes(List<? extends Block> blocks) {
        for (int b = 0; b < blocks.size(); b++) {
            List<String> w = words(blocks.get(b).text());
            words.add(w);
            for (int i = 0; i + KEY <= w.size(); i++) {
                index.computeIfAbsent(String.join(" ", w.subList(i, i + KEY)), k -> new ArrayList<>()).add(new int[] {b, i});
            }
        }
    }

    /** True when the paragraph at {@code position} repeats a run of words of another, longer block. */
    boolean repeats(int position, Paragraph paragraph) {
        List<String> quote = words.get(position);
        if (quote.size() < MIN_WORDS || quote.size() > MAX_WORDS) {
            return false;
        }
        for (int[] hit : index.getOrDefault(String.join(" ", quote.subList(0, KEY)), List.of())) {
            List<String> other = words.get(hit[0]);
            if (hit[0] != position && other.size() > quote.size() && hit[1] + quote.size() <= other.size()
                    && other.subList(hit[1], hit[1] + quote.size()).equals(quote)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
