package io.github.compactkit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.compactkit.CompactParseException;
import io.github.compactkit.ParseFailure;
import io.github.compactkit.io.CompactJson;
import io.github.compactkit.model.Compact;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Loads compacts for comparison: a document is parsed, a {@code .json} file written by
 * {@code parse} or {@code batch} is read back as it is (no parsing again).
 */
final class CompactLoader implements AutoCloseable {
    private final TimedParser parser = new TimedParser(Duration.ofMinutes(2));

    /** One file: JSON read back, any other supported file parsed. */
    Compact load(Path file) throws CompactParseException {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return readJson(file, name);
        }
        return parser.parse(file, name);
    }

    /** A compact written as JSON; damaged JSON, JSON of another kind and a newer contract each say so. */
    private static Compact readJson(Path file, String name) throws CompactParseException {
        String json;
        JsonNode root;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
            root = JsonKind.tree(json);
        } catch (JsonProcessingException e) {
            throw new CompactParseException(ParseFailure.CORRUPT, name, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CompactParseException(ParseFailure.IO_ERROR, name, e.getMessage(), e);
        }
        JsonKind kind = JsonKind.of(root);
        if (kind != JsonKind.COMPACT) {
            throw new CompactParseException(ParseFailure.UNSUPPORTED_FORMAT, name,
                    kind.description() + ", not a compact: give a document, or JSON written by 'parse' or 'batch'");
        }
        if (!JsonKind.readable(root)) {
            throw new CompactParseException(ParseFailure.UNSUPPORTED_FORMAT, name, "a compact of schemaVersion "
                    + root.path("schemaVersion").asText() + "; this compactkit reads version " + Compact.SCHEMA_VERSION);
        }
        try {
            return CompactJson.read(json);
        } catch (RuntimeException e) {
            throw new CompactParseException(ParseFailure.CORRUPT, name, "a compact JSON with fields that do not fit the contract", e);
        }
    }

    /** The result of loading a folder: the compacts and how many files failed. */
    record Loaded(List<Compact> compacts, int failed) {
        Loaded {
            compacts = List.copyOf(compacts);
        }
    }

    /**
     * Every compact in {@code dir}: the compact JSON files when there are any (a batch output folder),
     * else every supported document, parsed. Failures are reported on {@code err}, one line each.
     */
    Loaded loadFolder(Path dir, PrintWriter err) throws IOException {
        List<Path> json;
        try (Stream<Path> s = Files.walk(dir)) {
            json = s.filter(Files::isRegularFile).filter(CompactLoader::isCompactJson).sorted().toList();
        }
        List<Path> files = json.isEmpty() ? SupportedFiles.under(dir) : json;
        List<Compact> compacts = new ArrayList<>();
        int failed = 0;
        for (Path f : files) {
            try {
                compacts.add(load(f));
            } catch (CompactParseException e) {
                failed++;
                err.println("error: " + e.getMessage());
            }
        }
        err.flush();
        return new Loaded(compacts, failed);
    }

    /** A .json file that starts like a compact (a schemaVersion, then its source), not a comparison, report or index. */
    private static boolean isCompactJson(Path f) {
        if (!f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return false;
        }
        try (var in = Files.newInputStream(f)) {
            String head = new String(in.readNBytes(200), StandardCharsets.UTF_8);
            return head.contains("\"schemaVersion\"") && head.contains("\"source\"");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        parser.close();
    }
}
