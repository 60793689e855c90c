package io.github.compactkit.ingest;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.ParseFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads plain text (and Markdown-ish text) into lines, one per line break. */
public final class PlainTextReader implements DocumentReader {
    /** An e-mail's header: "Name: value" lines (and their indented continuations) up to the first blank line. */
    private static final Pattern MAIL_HEADER = Pattern.compile("\\A(?:[A-Za-z][A-Za-z0-9-]{0,40}:[^\\r\\n]*(?:\\r?\\n[ \\t][^\\r\\n]*)*\\r?\\n){2,60}");
    private static final Pattern MIME_PARTS = Pattern.compile(
            "(?im)^(content-type:\\s*(multipart|application|image)|content-transfer-encoding:\\s*(base64|quoted-printable))");

    @Override
    public boolean supports(String mediaType) {
        return ReaderFormats.plainText(mediaType);
    }

    @Override
    public SourceDocument read(byte[] bytes, String fileName, String mediaType) throws CompactParseException {
        String text = TextDecoder.decode(bytes)
                .orElseThrow(() -> new CompactParseException(ParseFailure.NOT_TEXT, fileName, null));
        if (ReaderFormats.base(mediaType).equals(ReaderFormats.MAIL)) {
            return fromMail(text, fileName, mediaType, Hashes.sha256(bytes));
        }
        return fromText(text, fileName, mediaType, Hashes.sha256(bytes));
    }

    /**
     * A compact saved as a plain-text e-mail ("From:", "Subject:", then the text): its header is set aside,
     * with a warning, and its body read as text. A message in MIME parts (attachments, encoded bodies) is
     * not plain text: the user is told to save the part that holds the compact.
     */
    private static SourceDocument fromMail(String text, String fileName, String mediaType, String sha256) throws CompactParseException {
        Matcher header = MAIL_HEADER.matcher(text);
        if (!header.find()) {
            return fromText(text, fileName, mediaType, sha256);
        }
        if (MIME_PARTS.matcher(header.group()).find()) {
            throw new CompactParseException(ParseFailure.UNSUPPORTED_FORMAT, fileName,
                    "an e-mail in MIME parts: save the attachment or the text of the compact and parse that");
        }
        // The header's lines become blank lines, so the body keeps its line numbers.
        String blanked = header.group().replaceAll("[^\\r\\n]", "");
        SourceDocument body = fromText(blanked + text.substring(header.end()), fileName, mediaType, sha256);
        long fields = header.group().lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0))).count();
        return new SourceDocument(body.fileName(), body.mediaType(), body.pages(), body.sha256(), body.lines(), body.pageFurniture(),
                List.of("read as a plain-text e-mail: its header (" + fields + " lines: From, To, Subject, Date …) was set aside"));
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
