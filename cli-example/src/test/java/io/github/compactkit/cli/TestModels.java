package io.github.compactkit.cli;

import io.github.compactkit.model.ActionPoint;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.DocumentType;
import io.github.compactkit.model.Party;
import io.github.compactkit.model.Principle;
import io.github.compactkit.model.Quantity;
import io.github.compactkit.model.Source;
import io.github.compactkit.model.Span;
import io.github.compactkit.model.Undertaking;
import io.github.compactkit.model.Unit;
import java.util.List;

/** Small hand-built models for tests that must not depend on the parser's current quality. */
final class TestModels {
    private TestModels() {
    }

    /** A compact whose texts hold the characters that break naive CSV and HTML writers. */
    static Compact awkward(String file, String area) {
        Undertaking u = new Undertaking(Party.STATUTORY,
                "Consult for 12 weeks, \"where possible\",\nand <script>alert(1)</script> & report", "2.3",
                List.of(), List.of("consultation"),
                List.of(new Quantity(12, Unit.WEEK, "consultation", "12 weeks")), new Span(10, 12, 3, 3, null));
        Principle p = new Principle("Openness", "  Be open, honest; fair  ", "1.1", List.of(), Span.lines(4, 4));
        ActionPoint a = new ActionPoint("Publish a code, then review", "WCC/PCT", List.of("WCC", "PCT"),
                "June 2006", "2006-06", "4.1", Span.lines(40, 41));
        return new Compact(Compact.SCHEMA_VERSION, new Source(file, "text/plain", null, "0"), "The " + area + " Compact",
                area, null, null, DocumentType.COMPACT, List.of(), List.of(p), List.of(u), List.of(a),
                List.of(), List.of(), List.of(), List.of());
    }
}
