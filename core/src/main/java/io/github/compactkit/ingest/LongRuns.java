package io.github.compactkit.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts runs of text without white space that no language has: past {@link #MAX_RUN} characters a
 * run is kept to its first {@link #KEPT} and marked with an ellipsis. A 400,000-character "word"
 * (a damaged file, a data URI pasted as text) is not part of any commitment, yet each stage after
 * reading (tokenizer, tagger, pattern matching) pays for it; shortened, a parse stays linear.
 */
public final class LongRuns {
    /** Longest run kept whole: ten times the longest web address in the corpus. */
    public static final int MAX_RUN = 1_000;
    /** How much of a longer run is kept, to show where it was. */
    static final int KEPT = 100;

    private LongRuns() {
    }

    /** The document with long runs shortened, and a warning saying how many; itself when there are none. */
    public static SourceDocument shorten(SourceDocument document) {
        int shortened = 0;
        List<SourceLine> lines = new ArrayList<>(document.lines().size());
        for (SourceLine line : document.lines()) {
            String text = shorten(line.text());
            if (text != line.text()) {
                shortened++;
                line = new SourceLine(text, line.number(), line.page(), line.box(), line.hint(), line.level());
            }
            lines.add(line);
        }
        if (shortened == 0) {
            return document;
        }
        List<String> warnings = new ArrayList<>(document.warnings());
        warnings.add("shortened " + shortened + (shortened == 1 ? " line" : " lines") + " holding more than "
                + MAX_RUN + " characters without a space");
        return new SourceDocument(document.fileName(), document.mediaType(), document.pages(), document.sha256(),
                lines, document.pageFurniture(), warnings);
    }

    /** {@code text} itself when no run is too long, else a copy with each long run cut. */
    static String shorten(String text) {
        if (text.length() <= MAX_RUN) {
            return text;
        }
        StringBuilder out = null;
        int runStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean boundary = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (!boundary) {
                continue;
            }
            if (i - runStart > MAX_RUN) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                    out.append(text, 0, runStart);
                }
                int cut = runStart + KEPT;
                if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                    cut--;
                }
                out.append(text, runStart, cut).append('…');
            } else if (out != null) {
                out.append(text, runStart, i);
            }
            if (out != null && i < text.length()) {
                out.append(text.charAt(i));
            }
            runStart = i + 1;
        }
        return out == null ? text : out.toString();
    }
}
