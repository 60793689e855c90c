package io.github.compactkit.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.model.Compact;
import io.github.compactkit.model.DocumentType;
import io.github.compactkit.model.Party;
import io.github.compactkit.model.Source;
import io.github.compactkit.model.Undertaking;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Kinds, differences, grouping and determinism of a pairwise comparison, on small hand-made compacts. */
class ComparisonDetailsTest {

    @Test
    void quantityStrengthAndPartyDifferences() {
        Compact a = compact("a.txt",
                u(Party.STATUTORY, "4.1", "Allow the voluntary sector a minimum of 12 weeks to respond to formal consultations."),
                u(Party.STATUTORY, "4.2", "Ensure that grant decisions are published with the reasons for them."));
        Compact b = compact("b.txt",
                u(Party.STATUTORY, "3.1", "Allow the voluntary sector a minimum of 8 weeks to respond to formal consultations."),
                u(Party.JOINT, "3.2", "Aim to ensure that grant decisions are published with the reasons for them."));
        CompactComparison c = Comparisons.compare(a, b);
        assertEquals(2, c.matches().size());
        Match consultation = c.matches().get(0);
        assertEquals(MatchKind.NEAR, consultation.kind());
        assertEquals(List.of(new Difference(DifferenceKind.QUANTITY, "12 weeks", "8 weeks")), consultation.differences());
        Match grants = c.matches().get(1);
        assertEquals(List.of(new Difference(DifferenceKind.STRENGTH, "firm", "aim to"),
                new Difference(DifferenceKind.PARTY, "STATUTORY", "JOINT")), grants.differences());
    }

    @Test
    void mergedItemAppearsInTwoMatchesAndOthersStayUnmatched() {
        Compact a = compact("a.txt",
                u(Party.VCS, "1", "Work through representative networks as much as possible and ensure that networks and forums represent the full range of community groups."),
                u(Party.VCS, "2", "Recycle office furniture through the borough reuse scheme."));
        Compact b = compact("b.txt",
                u(Party.VCS, "1", "Work through representative networks as much as possible."),
                u(Party.VCS, "2", "Ensure that networks and forums represent the full range of community groups."),
                u(Party.STATUTORY, "3", "Publish the commissioning calendar every April."));
        CompactComparison c = Comparisons.compare(a, b);
        assertEquals(2, c.matches().size());
        assertTrue(c.matches().stream().allMatch(m -> m.a().section().equals("1")));
        assertTrue(c.matches().stream().anyMatch(m -> m.kind() == MatchKind.MERGED));
        assertEquals(List.of("2"), c.onlyInA().stream().map(ComparedItem::section).toList());
        assertEquals(List.of("3"), c.onlyInB().stream().map(ComparedItem::section).toList());
        Map<Party, Map<String, List<ComparedItem>>> groups = c.onlyInBByPartyAndTheme();
        assertEquals(List.of(Party.STATUTORY), List.copyOf(groups.keySet()));
        assertTrue(groups.get(Party.STATUTORY).containsKey("funding"), groups.toString());
    }

    @Test
    void paraphraseNeedsTheSameParty() {
        Compact a = compact("a.txt", u(Party.STATUTORY, "1", "Pay grants promptly and in advance where organisations face hardship."));
        Compact vcs = compact("b.txt", u(Party.VCS, "1", "Where organisations face hardship, grants are paid in advance."));
        Compact statutory = compact("c.txt", u(Party.STATUTORY, "1", "Where organisations face hardship, grants are paid in advance."));
        assertTrue(Comparisons.compare(a, vcs).matches().isEmpty());
        assertEquals(MatchKind.PARAPHRASE, Comparisons.compare(a, statutory).matches().get(0).kind());
    }

    @Test
    void sameInputSameJson() {
        Compact a = GoldCompacts.load("havering", "2009-12");
        Compact b = GoldCompacts.load("west-kent", null);
        assertEquals(ComparisonJson.write(Comparisons.compare(a, b)), ComparisonJson.write(Comparisons.compare(a, b)));
    }

    @Test
    void noReuseNoSource() {
        Compact a = compact("a.txt", u(Party.STATUTORY, "1", "Publish the commissioning calendar every April."));
        Compact b = compact("b.txt", u(Party.VCS, "1", "Recycle office furniture through the borough reuse scheme."));
        Reuse reuse = Comparisons.compare(a, b).reuse();
        assertEquals(0.0, reuse.shareOfAReusedFromB());
        assertNull(reuse.likelySource());
    }

    @Test
    void longerPeriodThanGuidanceIsStronger() {
        Compact c = compact("c.txt", u(Party.STATUTORY, "2", "Allow at least 16 weeks for every formal consultation with the sector."),
                u(Party.STATUTORY, "3", "Give six months' notice before ending or reducing funding."));
        BenchmarkCoverage coverage = BenchmarkCatalogue.defaults().detect(c);
        assertEquals(BenchmarkStatus.STRONGER, coverage.result("consultation-period").status());
        assertEquals("16 weeks", coverage.result("consultation-period").value());
        assertEquals(BenchmarkStatus.STRONGER, coverage.result("funding-notice").status());
        assertEquals(BenchmarkStatus.ABSENT, coverage.result("review-date").status());
        assertNull(coverage.result("review-date").evidence());
    }

    private static Undertaking u(Party party, String section, String text) {
        return new Undertaking(party, text, section, List.of(), List.of(), List.of(), null);
    }

    private static Compact compact(String file, Undertaking... undertakings) {
        return new Compact(Compact.SCHEMA_VERSION, new Source(file, "text/plain", null, null), null, null, null, null,
                DocumentType.COMPACT, List.of(), List.of(), new ArrayList<>(List.of(undertakings)), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }
}
