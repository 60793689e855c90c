package io.github.compactkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** not-read.jsonl: one line per file under the batch folder that was skipped without reading, with the reason. */
final class NotReadLog {
    static final String FILE = "not-read.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private NotReadLog() {
    }

    static void write(Path outDir, List<SupportedFiles.NotRead> notRead) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(outDir.resolve(FILE), StandardCharsets.UTF_8)) {
            for (SupportedFiles.NotRead n : notRead) {
                Map<String, String> line = new LinkedHashMap<>();
                line.put("file", n.file());
                line.put("reason", n.reason());
                w.write(JSON.writeValueAsString(line));
                w.write('\n');
            }
        }
    }
}
