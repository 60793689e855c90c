package io.github.compactkit;

import io.github.compactkit.layout.Block;
import io.github.compactkit.layout.Heading;
import io.github.compactkit.layout.ListItem;
import io.github.compactkit.layout.Paragraph;
import io.github.compactkit.model.ActionPoint;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.Diagnostic;
import io.github.compactkit.model.Principle;
import io.github.compactkit.model.Span;
import io.github.compactkit.model.Undertaking;
import io.github.compactkit.structure.LocatedBlock;
import java.util.ArrayList;
import java.util.List;

/** Joins the layout's blocks with what extraction found on the same lines. */
final class Explainer {
    private Explainer() {
    }

    static Explanation explain(ParsePipeline.Assembly assembly) {
        Compact c = assembly.compact();
        List<LocatedBlock> located = assembly.structure().blocks();
        List<String> rules = assembly.layout().rules();
        List<Explanation.BlockExplanation> out = new ArrayList<>();
        for (int i = 0; i < located.size(); i++) {
            LocatedBlock lb = located.get(i);
            Block b = lb.block();
            List<String> outcomes = new ArrayList<>();
            boolean content = !(b instanceof Heading); // a numbered paragraph's number shares its first line
            for (Undertaking u : content ? c.undertakings() : List.<Undertaking>of()) {
                if (overlaps(b.span(), u.span())) {
                    outcomes.add("undertaking " + u.party() + (u.partyEvidence() == null ? "" : " (" + u.partyEvidence() + ")"));
                }
            }
            for (Principle p : content ? c.principles() : List.<Principle>of()) {
                if (overlaps(b.span(), p.span())) {
                    outcomes.add("principle" + (p.name() == null ? "" : " \"" + p.name() + "\""));
                }
            }
            for (ActionPoint a : content ? c.actionPoints() : List.<ActionPoint>of()) {
                if (overlaps(b.span(), a.span())) {
                    outcomes.add("action point, lead " + a.lead() + ", target " + a.targetDate());
                }
            }
            for (Diagnostic d : c.diagnostics()) {
                if (d.span() != null && overlaps(b.span(), d.span())) {
                    outcomes.add(d.code() + ": " + d.message());
                }
            }
            String kind = b instanceof Heading ? "heading" : b instanceof Paragraph ? "paragraph"
                    : b instanceof ListItem li ? "list item " + li.marker() + " (level " + li.level() + ")" : "table row";
            out.add(new Explanation.BlockExplanation(kind, i < rules.size() ? rules.get(i) : "", lb.section(), b.text(), b.span(),
                    outcomes));
        }
        return new Explanation(c, out);
    }

    private static boolean overlaps(Span a, Span b) {
        return a != null && b != null && a.startLine() <= b.endLine() && b.startLine() <= a.endLine();
    }
}
