package io.github.compactkit.extract;

import io.github.compactkit.layout.Block;
import io.github.compactkit.model.DocumentType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a compact from a document about compacts (a user guide, a toolkit, a report): a compact's
 * parties make commitments to each other; a guide addresses its reader and makes none.
 */
final class DocumentClassifier {
    private static final Pattern NOT_A_COMPACT_TITLE = Pattern.compile(
            "(?i)\\b(guide|guidance|toolkit|handbook|how to|annual report|report on|evaluation of|review of|survey|newsletter|minutes|briefing)\\b");
    /** A toolkit with this many sector undertakings carries the compact itself, not advice about it. */
    private static final int MIN_UNDERTAKINGS_OF_A_SUBTITLED_COMPACT = 10;
    private static final Pattern SECOND_PERSON = Pattern.compile("(?i)\\b(you|your|yours)\\b");
    private static final Pattern WORD = Pattern.compile("\\b\\w+\\b");

    /** Why the document was classified as it was, for warnings. */
    record Verdict(DocumentType type, String reason) {
    }

    Verdict classify(String title, List<Block> blocks, int principles, int undertakings, int actionPoints) {
        String text = String.join(" ", blocks.stream().map(Block::text).toList());
        // Counted block by block (the same counts as over the joined text, which only adds spaces),
        // with a plain scan for ASCII blocks and the regex only where it can find something.
        int words = 0;
        int secondPerson = 0;
        for (Block block : blocks) {
            String t = block.text();
            words += isAscii(t) ? asciiWordRuns(t) : count(WORD.matcher(t));
            if (mayContainYou(t)) {
                secondPerson += count(SECOND_PERSON.matcher(t));
            }
        }
        double perThousand = words == 0 ? 0 : secondPerson * 1000.0 / words;
        boolean mentionsCompact = text.toLowerCase(Locale.ROOT).contains("compact");
        if (title != null && namesGuide(title, undertakings)) {
            return new Verdict(DocumentType.OTHER, "its title (\"" + title + "\") names a guide or report, not a compact");
        }
        if (perThousand > 4 && undertakings < 10) {
            return new Verdict(DocumentType.OTHER, String.format(Locale.ROOT,
                    "it addresses its reader (%.1f uses of \"you\" per 1,000 words) and makes few sector commitments", perThousand));
        }
        if (principles + undertakings + actionPoints == 0) {
            return new Verdict(DocumentType.OTHER, "it holds no shared principles, sector undertakings or action plan");
        }
        if (!mentionsCompact && principles == 0 && undertakings < 3 && words > 1_500) {
            // A long document with a stray "the Council will" is a report; a short excerpt of commitments is a compact's part.
            return new Verdict(DocumentType.OTHER, "it does not call itself a compact and makes few commitments");
        }
        return new Verdict(DocumentType.COMPACT, null);
    }

    /**
     * "A Guide to the Local Compact" is about a compact; "THE MOORCOMBE COMPACT / A Practical Toolkit" is the
     * compact with a subtitle, when its sectors make their commitments in it.
     */
    private static boolean namesGuide(String title, int undertakings) {
        Matcher guide = NOT_A_COMPACT_TITLE.matcher(title);
        if (!guide.find()) {
            return false;
        }
        int compact = title.toLowerCase(Locale.ROOT).indexOf("compact");
        return compact < 0 || compact > guide.start() || undertakings < MIN_UNDERTAKINGS_OF_A_SUBTITLED_COMPACT;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The matches of {@link #WORD} in ASCII text: maximal runs of letters, digits and '_'. */
    private static int asciiWordRuns(String s) {
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
            if (word && !inRun) {
                runs++;
            }
            inRun = word;
        }
        return runs;
    }

    /** False only when {@link #SECOND_PERSON} cannot match: no "you" in any case. */
    private static boolean mayContainYou(String s) {
        for (int i = 0; i + 3 <= s.length(); i++) {
            char c = s.charAt(i);
            if ((c == 'y' || c == 'Y') && s.regionMatches(true, i, "you", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
