package io.github.compactkit.extract;

import io.github.compactkit.ingest.SourceDocument;
import io.github.compactkit.layout.LayoutResult;
import io.github.compactkit.layout.TextLayout;
import io.github.compactkit.model.ActionPoint;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.DocumentType;
import io.github.compactkit.model.GlossaryEntry;
import io.github.compactkit.model.Principle;
import io.github.compactkit.model.Source;
import io.github.compactkit.model.Undertaking;
import io.github.compactkit.structure.DocumentStructure;
import io.github.compactkit.structure.SectionTreeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Runs the stages after ingest: layout, structure, extraction. Stateless and thread-safe. */
public final class CompactAssembler {
    private final TextLayout layout = new TextLayout();
    private final SectionTreeBuilder structure = new SectionTreeBuilder();
    private final CommitmentExtractor commitments = new CommitmentExtractor();
    private final ActionPointExtractor actions = new ActionPointExtractor(new LeadSplitter());
    private final GlossaryExtractor glossary = new GlossaryExtractor();
    private final PartnerExtractor partners = new PartnerExtractor();
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final DocumentClassifier classifier = new DocumentClassifier();
    private final ThemeClassifier themes = ThemeClassifier.defaults();

    /** Builds the model of one ingested document. */
    public Compact assemble(SourceDocument document) {
        LayoutResult laidOut = layout.layout(document.lines());
        DocumentStructure located = structure.build(laidOut.blocks());
        List<GlossaryEntry> terms = glossary.extract(located.blocks());
        Map<String, String> acronyms = glossary.acronyms(located.blocks(), terms);
        CommitmentExtractor.Found found = commitments.extract(located.blocks(), acronyms);
        List<Undertaking> undertakings = new ArrayList<>();
        for (CommitmentExtractor.RawUndertaking raw : found.undertakings()) {
            undertakings.add(new Undertaking(raw.party(), raw.text(), raw.section(), raw.subItems(),
                    themes.classify(raw.text(), raw.section(), located.sections()), quantities.extract(raw.text()), raw.span()));
        }
        List<ActionPoint> actionPoints = actions.extract(located.blocks());
        List<String> furniture = new ArrayList<>(new LinkedHashSet<>(document.pageFurniture()));
        furniture.addAll(laidOut.pageFurniture());
        MetadataExtractor.Metadata meta = metadata.extract(laidOut.blocks(), document.lines(), furniture);

        List<String> warnings = new ArrayList<>(document.warnings());
        List<Principle> principles = found.principles();
        DocumentClassifier.Verdict verdict = classifier.classify(meta.title(), laidOut.blocks(), principles.size(), undertakings.size());
        if (verdict.type() == DocumentType.OTHER) {
            // Commitments read from a document that is not a compact would be invented: drop them, say so.
            warnings.add("not a compact: " + verdict.reason() + "; principles, undertakings and action points were not extracted");
            principles = List.of();
            undertakings = List.of();
            actionPoints = List.of();
        }
        Source source = new Source(document.fileName(), document.mediaType(), document.pages(), document.sha256());
        return new Compact(Compact.SCHEMA_VERSION, source, meta.title(), meta.area(), meta.date(), meta.status(),
                verdict.type(), located.sections(), principles, undertakings, actionPoints, terms,
                partners.extract(located.blocks()), furniture, warnings);
    }
}
