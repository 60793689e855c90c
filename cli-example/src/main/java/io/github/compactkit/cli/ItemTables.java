package io.github.compactkit.cli;

import io.github.compactkit.io.EdtfText;
import io.github.compactkit.model.ActionPoint;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.Principle;
import io.github.compactkit.model.Quantity;
import io.github.compactkit.model.Span;
import io.github.compactkit.model.Undertaking;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The spreadsheet view of a batch: undertakings.csv, principles.csv, action-points.csv and
 * quantities.csv, one row per item, each row naming its file, area, section and page.
 */
final class ItemTables implements Closeable {
    static final List<String> UNDERTAKING_HEADER = List.of(
            "file", "area", "party", "section", "page", "line", "text", "themes", "quantities");
    static final List<String> PRINCIPLE_HEADER = List.of(
            "file", "area", "section", "page", "line", "name", "text");
    static final List<String> ACTION_POINT_HEADER = List.of(
            "file", "area", "section", "page", "line", "text", "lead", "leads", "target", "target_date", "target_date_text");
    static final List<String> QUANTITY_HEADER = List.of(
            "file", "area", "party", "section", "page", "line", "value", "unit", "topic", "phrase", "undertaking");

    private final CsvWriter undertakings;
    private final CsvWriter principles;
    private final CsvWriter actionPoints;
    private final CsvWriter quantities;

    static final List<String> FILES = List.of("undertakings.csv", "principles.csv", "action-points.csv", "quantities.csv");

    /** Opens one of the files by name. */
    @FunctionalInterface
    interface Files {
        java.io.BufferedWriter create(String name) throws IOException;
    }

    /** Creates the four files in {@code dir}, replacing older ones. */
    ItemTables(Path dir) throws IOException {
        this(name -> java.nio.file.Files.newBufferedWriter(dir.resolve(name), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Creates the four files through {@code files} (a batch stages them, see {@link StagedFiles}). */
    ItemTables(Files files) throws IOException {
        undertakings = new CsvWriter(files.create(FILES.get(0)), UNDERTAKING_HEADER);
        principles = new CsvWriter(files.create(FILES.get(1)), PRINCIPLE_HEADER);
        actionPoints = new CsvWriter(files.create(FILES.get(2)), ACTION_POINT_HEADER);
        quantities = new CsvWriter(files.create(FILES.get(3)), QUANTITY_HEADER);
    }

    /** Appends the rows of one compact; {@code file} is its name relative to the batch folder. */
    void add(String file, Compact c) throws IOException {
        String area = c.area();
        for (Undertaking u : c.undertakings()) {
            undertakings.row(Arrays.asList(file, area, u.party(), u.section(), page(u.span()), line(u.span()),
                    u.text(), String.join("; ", u.themes()),
                    u.quantities().stream().map(ItemTables::describe).collect(Collectors.joining("; "))));
            for (Quantity q : u.quantities()) {
                quantities.row(Arrays.asList(file, area, u.party(), u.section(), page(u.span()), line(u.span()),
                        q.value(), q.unit(), q.topic(), q.text(), u.text()));
            }
        }
        for (Principle p : c.principles()) {
            principles.row(Arrays.asList(file, area, p.section(), page(p.span()), line(p.span()), p.name(), p.text()));
        }
        for (ActionPoint a : c.actionPoints()) {
            actionPoints.row(Arrays.asList(file, area, a.section(), page(a.span()), line(a.span()), a.text(),
                    a.lead(), String.join("; ", a.leads()), a.target(), a.targetDate(), EdtfText.readable(a.targetDate())));
        }
    }

    private static String describe(Quantity q) {
        String unit = q.unit() == null ? "" : " " + q.unit().name().toLowerCase(java.util.Locale.ROOT)
                + (q.value() == 1 ? "" : "s");
        return q.value() + unit + (q.topic() == null ? "" : " (" + q.topic() + ")");
    }

    private static Integer page(Span span) {
        return span == null ? null : span.startPage();
    }

    private static Integer line(Span span) {
        return span == null ? null : span.startLine();
    }

    /** Pushes rows to disk so a crash or Ctrl-C keeps what was done. */
    void flush() throws IOException {
        undertakings.flush();
        principles.flush();
        actionPoints.flush();
        quantities.flush();
    }

    @Override
    public void close() throws IOException {
        try (undertakings; principles; actionPoints; quantities) {
            // closes all four, even if one fails
        }
    }
}
