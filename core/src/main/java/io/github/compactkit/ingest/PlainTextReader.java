package io.github.compactkit.ingest;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.ParseFailure;
import java.util.ArrayList;
import java.util.List;

/** Reads plain text (and Markdown-ish text) into lines, one per line break. */
public final class PlainTextReader implements DocumentReader {

    @Override
    public boolean supports(String mediaType) {
        return ReaderFormats.plainText(mediaType);
    }

    @Override
    public SourceDocument read(byte[] bytes, String fileName, String mediaType) throws CompactParseException {
        String text = TextDecoder.decode(bytes)
                .orElseThrow(() -> new CompactParseException(ParseFailure.NOT_TEXT, fileName, null));
        return fromText(text, fileName, mediaType, Hashes.sha256(bytes));
    }

    /** Splits already decoded text into lines (form feeds count as line breaks). */
    public static SourceDocument fromText(String text, String fileName, String mediaType, String sha256) {
        List<SourceLine> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r' || c == '\f') {
                lines.add(SourceLine.plain(text.substring(start, i), number++));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return new SourceDocument(fileName, mediaType, null, sha256, lines, List.of(), List.of());
    }
}
