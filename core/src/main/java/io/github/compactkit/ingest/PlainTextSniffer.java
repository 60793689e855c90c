package io.github.compactkit.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises evident plain text without Apache Tika. Tika's detectors cost a second of start-up
 * (its type database and the office container detectors, which pull in Apache POI), and a text
 * compact needs none of them. Only text that no Tika signature could claim is taken here: no control
 * bytes, an opening letter, digit, quote, bracket or Markdown heading, and in the first 8 KB (the
 * furthest any text signature looks) no line opening like a mail, news or HTTP header ("Date:",
 * "Received:"), no markup ("&lt;html", "&lt;?xml"), and no line opening with the sigils of scripts,
 * bibliographies, keys or PostScript (#!, @, %, {, -----BEGIN). Anything else goes to Tika, so the
 * result is Tika's in every case; a test holds the two side by side.
 */
final class PlainTextSniffer {
    /** Tika's text signatures look no further than this into a file. */
    static final int WINDOW = 8192;

    private PlainTextSniffer() {
    }

    static boolean isEvidentlyPlainText(byte[] bytes) {
        int end = Math.min(bytes.length, WINDOW);
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        if (!noControlBytes(bytes, start, end)) {
            return false;
        }
        int first = firstNonBlank(bytes, start, end);
        if (first == end || !opensProse(bytes[first]) && bytes[first] != '#') {
            return false;
        }
        int lineStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || bytes[i] == '\n' || bytes[i] == '\r') {
                if (!plainLine(bytes, lineStart, i)) {
                    return false;
                }
                lineStart = i + 1;
            }
        }
        return true;
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** Tab, line feed, form feed and carriage return only: NUL and the rest mark binary or UTF-16. */
    private static boolean noControlBytes(byte[] bytes, int start, int end) {
        for (int i = start; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static int firstNonBlank(byte[] bytes, int start, int end) {
        int i = start;
        while (i < end && isBlank(bytes[i])) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
    }

    /** ASCII letters, digits, quotes and brackets; a first byte above ASCII goes to Tika. */
    private static boolean opensProse(byte b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')
                || b == '"' || b == '\'' || b == '(' || b == '[';
    }

    /** A line no text signature matches: see the class comment. */
    private static boolean plainLine(byte[] bytes, int start, int end) {
        int i = firstNonBlank(bytes, start, end);
        if (i == end) {
            return true;
        }
        byte b = bytes[i];
        if (b == '@' || b == '%' || b == '{' || b == '<' || b == '#' && !markdownHeading(bytes, i, end)
                || b == '-' && (startsWith(bytes, i, end, "-----BEGIN") || startsWith(bytes, i, end, "-l"))) {
            return false;
        }
        return !signatureHeader(bytes, i, end) && !hasMarkup(bytes, start, end);
    }

    /** "# Title" or "## Title", not "#!/bin/sh", "#include" or the comment lines of makefiles and archives. */
    private static boolean markdownHeading(byte[] bytes, int i, int end) {
        int j = i;
        while (j < end && bytes[j] == '#') {
            j++;
        }
        if (j == end || bytes[j] != ' ') {
            return false;
        }
        String rest = ascii(bytes, j + 1, Math.min(end, j + 40)).toLowerCase(Locale.ROOT);
        return !rest.startsWith("makefile") && !rest.startsWith("kde") && !rest.startsWith("this is a shell");
    }

    /** The header names Tika's text signatures look for at a line's start (mail, news, HTTP, vCard, robots.txt). */
    private static final Set<String> HEADERS = Set.of("from", "to", "date", "subject", "sent", "status", "path",
            "xref", "index", "received", "return-path", "relay-version", "message-id", "mime-version",
            "delivered-to", "user-agent", "cache-control", "server", "allow", "disallow", "sitemap", "begin",
            "version", "filedesc", "d8", "article");

    /** A line opening with one of {@link #HEADERS}, a Content- or X- header, or another text signature. */
    private static boolean signatureHeader(byte[] bytes, int i, int end) {
        String opening = ascii(bytes, i, Math.min(end, i + 40)).toLowerCase(Locale.ROOT);
        if (opening.startsWith("common subdirectories") || opening.startsWith("extended module")
                || opening.startsWith("from ") || opening.startsWith("article ")) {
            return true;
        }
        int j = i;
        while (j < end && (Character.isLetterOrDigit(bytes[j]) || bytes[j] == '-' || bytes[j] == '_')) {
            j++;
        }
        if (j == i || j == end || bytes[j] != ':') {
            return false;
        }
        String name = opening.substring(0, j - i);
        return HEADERS.contains(name) || name.startsWith("content-") || name.startsWith("x-");
    }

    /** The bytes as ISO-8859-1 characters: only ASCII is compared. */
    private static String ascii(byte[] bytes, int from, int to) {
        return new String(bytes, from, Math.max(0, to - from), StandardCharsets.ISO_8859_1);
    }

    /** A tag's opening: '&lt;' then a letter, '!', '?' or '/'. */
    private static boolean hasMarkup(byte[] bytes, int start, int end) {
        for (int i = start; i + 1 < end; i++) {
            if (bytes[i] == '<') {
                byte next = bytes[i + 1];
                if ((next >= 'A' && next <= 'Z') || (next >= 'a' && next <= 'z') || next == '!' || next == '?' || next == '/') {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int i, int end, String prefix) {
        if (end - i < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (bytes[i + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
