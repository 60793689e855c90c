package io.github.compactkit.cli;

import io.github.compactkit.corpus.Corpus;
import io.github.compactkit.corpus.GoldAnnotation;
import io.github.compactkit.model.ActionPoint;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.DocumentType;
import io.github.compactkit.model.Party;
import io.github.compactkit.model.Principle;
import io.github.compactkit.model.Source;
import io.github.compactkit.model.Undertaking;
import java.util.List;

/**
 * Compacts built from the bundled gold annotations: realistic content for report tests, whatever
 * the parser's quality at the time.
 */
final class GoldCompacts {
    private GoldCompacts() {
    }

    static Compact of(String name) {
        GoldAnnotation g = Corpus.bundled().find(name).orElseThrow().gold().orElseThrow();
        List<Undertaking> undertakings = g.undertakings().stream()
                .map(u -> new Undertaking(Party.valueOf(u.party()), u.text(), u.section(), List.of(), List.of(), List.of(), null))
                .toList();
        List<Principle> principles = g.principles().stream()
                .map(p -> new Principle(p.name(), p.text(), p.section(), List.of(), null)).toList();
        List<ActionPoint> actions = g.actionPoints().stream()
                .map(a -> new ActionPoint(a.text(), a.lead(), a.leads(), a.target(), a.targetEdtf(), a.section(), null))
                .toList();
        return new Compact(Compact.SCHEMA_VERSION, new Source(g.file(), "text/plain", null, null), g.title(), g.area(),
                null, null, DocumentType.valueOf(g.documentType()), List.of(), principles, undertakings, actions,
                List.of(), List.of(), List.of(), List.of());
    }
}
