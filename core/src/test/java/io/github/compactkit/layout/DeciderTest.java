package io.github.compactkit.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.ingest.PlainTextReader;
import io.github.compactkit.ingest.SourceLine;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeciderTest {
    /** The features of line {@code index} of a small document. */
    private static LineFeatures features(String text, int index) {
        List<SourceLine> lines = PlainTextReader.fromText(text, "t.txt", "text/plain", "x").lines();
        String[] clean = lines.stream().map(l -> TextCleaner.clean(l.text())).toArray(String[]::new);
        return new LineFeatureReader(lines, clean, new boolean[lines.size()]).read(index);
    }

    /** A rule that never proposes. */
    private record Abstains() implements LineRule {
        @Override
        public String name() {
            return "abstains";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            return Optional.empty();
        }
    }

    @Test
    void theFirstProposingRuleDecidesAndTheRunnerUpIsRecorded() {
        // "• Funding<TAB>Grants<TAB>Loans" is both a row of three cells and a bulleted item: the rule
        // earlier in the registry decides, the other reading is kept as the runner-up.
        LineFeatures f = features("\u2022 Funding\tGrants\tLoans\n", 0);
        Decider decider = new Decider(List.of(new Abstains(), new TableRules.TabCells(), new MarkerRules.Bullet(),
                new TextRules.StartsParagraph()));
        Decision d = decider.decide(f, LayoutView.start(), 0);
        assertEquals("tab-separated cells", d.chosen().rule());
        assertEquals(Outcome.TAB_ROW, d.chosen().outcome());
        assertEquals(1, d.position());
        assertEquals(List.of("bullet marker"), d.others().stream().map(Vote::rule).toList(),
                "the bullet reading is the runner-up; the abstaining rule and the running-text fallback are not listed");
        assertTrue(d.trace().contains("3 cells") && d.trace().endsWith("(also proposed: bullet marker)"), d.trace());
    }

    @Test
    void anAbstainingRuleLeavesTheDecisionToTheNext() {
        LineFeatures f = features("The Council will publish its grant criteria.\n", 0);
        Decider decider = new Decider(List.of(new Abstains(), new MarkerRules.Bullet(), new TextRules.StartsParagraph()));
        Decision d = decider.decide(f, LayoutView.start(), 0);
        assertEquals("paragraph starts", d.chosen().rule());
        assertEquals(Outcome.NEW_PARAGRAPH, d.chosen().outcome());
        assertEquals(2, d.position());
        assertTrue(d.others().isEmpty());
    }

    @Test
    void aTransitionIsReturnedAloneAndTheRulesAfterItVoteAgain() {
        // "4.2 Share …" while 4.1 is open under a lead-in: the open item closes first.
        LineFeatures f = features("4.2 Share data on grants with every group that asks for it\n", 0);
        LayoutView collecting = new LayoutView(false, true, false, false, 1, "4.1", "Publish the criteria", "Publish the criteria", 0,
                new Paragraph("The Council commits to:", null), -1, null, 0, true, false, false);
        Decider decider = new Decider(LineRules.standard());
        Decision close = decider.decide(f, collecting, 0);
        assertEquals(Outcome.CLOSE_LEAD_IN_ITEM, close.chosen().outcome());
        assertTrue(close.others().isEmpty());
        LayoutView closed = new LayoutView(false, false, false, false, 1, null, null, null, 0,
                new ListItem("Publish the criteria", 0, "4.1", null), -1, null, 0, true, false, false);
        Decision item = decider.decide(f, closed, close.position() + 1);
        assertEquals(Outcome.LEAD_IN_ITEM, item.chosen().outcome());
    }

    @Test
    void aRegistryWhereNoRuleProposesIsAnError() {
        Decider decider = new Decider(List.of(new Abstains()));
        assertThrows(IllegalStateException.class, () -> decider.decide(features("Text\n", 0), LayoutView.start(), 0));
    }
}
