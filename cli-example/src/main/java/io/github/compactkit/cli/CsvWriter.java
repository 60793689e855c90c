package io.github.compactkit.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes RFC 4180 CSV in UTF-8: CRLF line ends, fields quoted when they hold a comma, quote, line
 * break or edge space, quotes doubled. A byte-order mark first, so spreadsheets detect UTF-8.
 */
final class CsvWriter implements Closeable {
    private final BufferedWriter out;

    /** Creates (or replaces) {@code file} and writes the header row. */
    CsvWriter(Path file, List<String> header) throws IOException {
        this(Files.newBufferedWriter(file, StandardCharsets.UTF_8), header);
    }

    /** Writes the header row to {@code out}, which this writer then owns. */
    CsvWriter(BufferedWriter out, List<String> header) throws IOException {
        this.out = out;
        out.write('\uFEFF');
        row(header);
    }

    /** Writes one row; null fields are written empty. */
    void row(List<?> fields) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            Object f = fields.get(i);
            line.append(quote(f == null ? "" : f.toString()));
        }
        line.append("\r\n");
        out.write(line.toString());
    }

    /** One field as CSV: unchanged when safe, else in double quotes with inner quotes doubled. */
    static String quote(String field) {
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0
                || (!field.isEmpty() && (Character.isWhitespace(field.charAt(0))
                        || Character.isWhitespace(field.charAt(field.length() - 1))));
        if (!needs) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
