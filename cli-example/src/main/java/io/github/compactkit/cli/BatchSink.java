package io.github.compactkit.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.compactkit.io.CompactJson;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files that gather a whole batch: all.jsonl (one compact per line), errors.jsonl (one failed
 * file per line) and the CSV tables. Written one document at a time, so no run holds every model,
 * under partial names until {@link #commit()}, so an unfinished run never replaces a finished set.
 */
final class BatchSink implements Closeable {
    static final String ALL_JSONL = "all.jsonl";
    static final String ERRORS_JSONL = "errors.jsonl";

    private static final ObjectWriter ONE_LINE = CompactJson.mapper().writer()
            .without(SerializationFeature.INDENT_OUTPUT);

    private final BufferedWriter all;
    private final BufferedWriter errors;
    private final ItemTables tables;

    private final StagedFiles files;

    /** Opens the gathered files as partial files of {@code files}; {@link #commit()} puts them in place. */
    BatchSink(StagedFiles files) throws IOException {
        this.files = files;
        all = files.create(ALL_JSONL);
        errors = files.create(ERRORS_JSONL);
        tables = new ItemTables(files::create);
    }

    /** Closes the files and replaces the previous set with them: the run's last step. */
    void commit() throws IOException {
        close();
        files.commit();
    }

    /** Adds one document's outcome to the gathered files. */
    void accept(DocumentOutcome o) throws IOException {
        if (o.usable()) {
            all.write(ONE_LINE.writeValueAsString(o.compact()));
            all.write('\n');
            tables.add(o.file(), o.compact());
        } else {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("file", o.file());
            error.put("reason", o.reason().name());
            error.put("message", o.message());
            errors.write(ONE_LINE.writeValueAsString(error));
            errors.write('\n');
        }
        all.flush();
        errors.flush();
        tables.flush();
    }

    @Override
    public void close() throws IOException {
        try (all; errors; tables) {
            // closes all, even if one fails
        }
    }
}
