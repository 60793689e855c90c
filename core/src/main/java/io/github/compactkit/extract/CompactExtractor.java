package io.github.compactkit.extract;

import io.github.compactkit.ingest.SourceDocument;
import io.github.compactkit.layout.LayoutResult;
import io.github.compactkit.limits.ParseDeadline;
import io.github.compactkit.model.ActionPoint;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.Diagnostic;
import io.github.compactkit.model.DocumentType;
import io.github.compactkit.model.GlossaryEntry;
import io.github.compactkit.model.Principle;
import io.github.compactkit.model.Source;
import io.github.compactkit.model.Undertaking;
import io.github.compactkit.structure.DocumentStructure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The extraction stage: from a document's laid-out blocks and section tree, the model (principles,
 * undertakings, action points, glossary, partners, quantities, metadata, diagnostics). The pipeline
 * that runs layout and structure before it is the parser's, not this package's. Stateless and
 * thread-safe.
 */
public final class CompactExtractor {
    private final CommitmentExtractor commitments = new CommitmentExtractor();
    private final ActionPointExtractor actions = new ActionPointExtractor(new LeadSplitter());
    private final GlossaryExtractor glossary = new GlossaryExtractor();
    private final PartnerExtractor partners = new PartnerExtractor();
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final DocumentClassifier classifier = new DocumentClassifier();
    private final ThemeClassifier themes = ThemeClassifier.defaults();
    private final PassageCollector passages = new PassageCollector();

    /** The model of one ingested document, from its layout and section tree. */
    public Compact extract(SourceDocument document, LayoutResult laidOut, DocumentStructure located) {
        List<GlossaryEntry> terms = glossary.extract(located.blocks());
        ParseDeadline.check();
        Map<String, String> acronyms = glossary.acronyms(located.blocks(), terms);
        CommitmentExtractor.Found found = commitments.extract(located.blocks(), Definitions.of(located.blocks(), acronyms));
        List<Undertaking> undertakings = new ArrayList<>();
        for (CommitmentExtractor.RawUndertaking raw : found.undertakings()) {
            ParseDeadline.check();
            undertakings.add(new Undertaking(raw.party(), raw.text(), raw.section(), raw.subItems(),
                    themes.classify(raw.text(), raw.section(), located.sections()), quantities.extract(raw.text()), raw.span(),
                    raw.evidence()));
        }
        ParseDeadline.check();
        List<ActionPoint> actionPoints = actions.extract(located.blocks());
        ParseDeadline.check();
        // A dated sentence read as a plan's action ("By March 2004 the Council will issue guidance …") is that
        // action only: one item, one list, as a plan row is.
        Set<String> actionTexts = new HashSet<>();
        actionPoints.forEach(a -> actionTexts.add(a.text()));
        List<Diagnostic> asActions = new ArrayList<>();
        undertakings.removeIf(u -> {
            boolean taken = actionTexts.contains(u.text());
            if (taken) {
                asActions.add(new Diagnostic("SET_ASIDE_AS_ACTION", "read as an action point, not an undertaking: "
                        + CommitmentExtractor.abbreviate(u.text()), u.span()));
            }
            return taken;
        });
        List<String> furniture = new ArrayList<>(new LinkedHashSet<>(document.pageFurniture()));
        furniture.addAll(laidOut.pageFurniture());
        MetadataExtractor.Metadata meta = metadata.extract(laidOut.blocks(), document.lines(), furniture);

        List<String> warnings = new ArrayList<>(document.warnings());
        List<Principle> principles = found.principles();
        DocumentClassifier.Verdict verdict = classifier.classify(meta.title(), laidOut.blocks(), principles.size(), undertakings.size(),
                actionPoints.size());
        if (verdict.type() == DocumentType.OTHER) {
            // The type is a label with its evidence, never a gate: what was read is kept, and the user is told.
            warnings.add("not a compact: " + verdict.reason());
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (String entry : laidOut.tableOfContents()) {
            diagnostics.add(new Diagnostic("SET_ASIDE_CONTENTS", "a contents-list entry: " + entry, null));
        }
        for (String footnote : laidOut.footnotes()) {
            diagnostics.add(new Diagnostic("SET_ASIDE_FOOTNOTE", "a footnote: " + CommitmentExtractor.abbreviate(footnote), null));
        }
        for (String line : furniture) {
            diagnostics.add(new Diagnostic("SET_ASIDE_FURNITURE", "page furniture (running header, footer or page number): " + line, null));
        }
        diagnostics.addAll(found.diagnostics());
        diagnostics.addAll(asActions);
        Source source = new Source(document.fileName(), document.mediaType(), document.pages(), document.sha256());
        Compact compact = new Compact(Compact.SCHEMA_VERSION, source, meta.title(), meta.area(), meta.date(), meta.status(),
                verdict.type(), located.sections(), principles, undertakings, actionPoints, terms,
                partners.extract(located.blocks()), furniture, warnings, diagnostics,
                passages.collect(located.blocks(), itemTexts(principles, undertakings, actionPoints)));
        return compact;
    }

    private static List<String> itemTexts(List<Principle> principles, List<Undertaking> undertakings, List<ActionPoint> actions) {
        List<String> out = new ArrayList<>();
        principles.forEach(p -> out.add(p.text()));
        undertakings.forEach(u -> out.add(u.text()));
        actions.forEach(a -> out.add(a.text()));
        return out;
    }
}
