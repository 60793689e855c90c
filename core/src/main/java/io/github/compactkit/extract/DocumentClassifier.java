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
    private static final Pattern SECOND_PERSON = Pattern.compile("(?i)\\b(you|your|yours)\\b");
    private static final Pattern WORD = Pattern.compile("\\b\\w+\\b");

    /** Why the document was classified as it was, for warnings. */
    record Verdict(DocumentType type, String reason) {
    }

    Verdict classify(String title, List<Block> blocks, int principles, int undertakings) {
        String text = String.join(" ", blocks.stream().map(Block::text).toList());
        int words = count(WORD.matcher(text));
        int secondPerson = count(SECOND_PERSON.matcher(text));
        double perThousand = words == 0 ? 0 : secondPerson * 1000.0 / words;
        boolean mentionsCompact = text.toLowerCase(Locale.ROOT).contains("compact");
        if (title != null && NOT_A_COMPACT_TITLE.matcher(title).find()) {
            return new Verdict(DocumentType.OTHER, "its title (\"" + title + "\") names a guide or report, not a compact");
        }
        if (perThousand > 4 && undertakings < 10) {
            return new Verdict(DocumentType.OTHER, String.format(Locale.ROOT,
                    "it addresses its reader (%.1f uses of \"you\" per 1,000 words) and makes few sector commitments", perThousand));
        }
        if (principles + undertakings < 3) {
            return new Verdict(DocumentType.OTHER, "it holds no shared principles or sector undertakings");
        }
        if (!mentionsCompact && undertakings < 3) {
            return new Verdict(DocumentType.OTHER, "it does not call itself a compact and makes few commitments");
        }
        return new Verdict(DocumentType.COMPACT, null);
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
