package io.github.compactkit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for tests: proves what we write reads back field for field. */
final class CsvReading {
    private CsvReading() {
    }

    static List<List<String>> read(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' && field.length() == 0) {
                i++;
                while (true) {
                    char q = s.charAt(i);
                    if (q == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (q == '"') {
                        i++;
                        break;
                    } else {
                        field.append(q);
                        i++;
                    }
                }
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                if (c == '\n' || c == '\r') {
                    throw new IllegalStateException("bare line break outside quotes at " + i);
                }
                field.append(c);
                i++;
            }
        }
        if (!row.isEmpty() || field.length() > 0) {
            throw new IllegalStateException("last row has no CRLF");
        }
        return rows;
    }
}
