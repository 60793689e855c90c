package io.github.compactkit.model;

import java.util.List;

/**
 * A parsed compact (or a document found not to be one: see {@link #documentType()}). Field names
 * follow the JSON contract; lists are never null. {@code passages} is the running text no item holds.
 */
public record Compact(String schemaVersion, Source source, String title, String area, DocumentDate date,
                      Status status, DocumentType documentType, List<Section> sections,
                      List<Principle> principles, List<Undertaking> undertakings,
                      List<ActionPoint> actionPoints, List<GlossaryEntry> glossary,
                      List<Partner> partners, List<String> pageFurniture, List<String> warnings,
                      List<Diagnostic> diagnostics, List<Passage> passages) {

    /** The version of the JSON contract this model writes. */
    public static final String SCHEMA_VERSION = "1";

    public Compact {
        sections = List.copyOf(sections);
        principles = List.copyOf(principles);
        undertakings = List.copyOf(undertakings);
        actionPoints = List.copyOf(actionPoints);
        glossary = List.copyOf(glossary);
        partners = List.copyOf(partners);
        pageFurniture = List.copyOf(pageFurniture);
        warnings = List.copyOf(warnings);
        diagnostics = List.copyOf(diagnostics);
        passages = passages == null ? List.of() : List.copyOf(passages);
    }

    /** A compact without passages (built by hand, or read from JSON written before they were added). */
    public Compact(String schemaVersion, Source source, String title, String area, DocumentDate date,
                   Status status, DocumentType documentType, List<Section> sections,
                   List<Principle> principles, List<Undertaking> undertakings,
                   List<ActionPoint> actionPoints, List<GlossaryEntry> glossary,
                   List<Partner> partners, List<String> pageFurniture, List<String> warnings,
                   List<Diagnostic> diagnostics) {
        this(schemaVersion, source, title, area, date, status, documentType, sections, principles, undertakings,
                actionPoints, glossary, partners, pageFurniture, warnings, diagnostics, List.of());
    }

    /** A compact with no diagnostics (models built by hand or read from older JSON). */
    public Compact(String schemaVersion, Source source, String title, String area, DocumentDate date,
                   Status status, DocumentType documentType, List<Section> sections,
                   List<Principle> principles, List<Undertaking> undertakings,
                   List<ActionPoint> actionPoints, List<GlossaryEntry> glossary,
                   List<Partner> partners, List<String> pageFurniture, List<String> warnings) {
        this(schemaVersion, source, title, area, date, status, documentType, sections, principles, undertakings,
                actionPoints, glossary, partners, pageFurniture, warnings, List.of());
    }

    /** The area's name when known, else the file name: how a compact is labelled in comparisons. */
    public String label() {
        if (area != null) {
            return area;
        }
        return source == null ? "compact" : source.file();
    }
}
