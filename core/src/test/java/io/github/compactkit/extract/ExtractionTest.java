package io.github.compactkit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.Compacts;
import io.github.compactkit.model.ActionPoint;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.DocumentType;
import io.github.compactkit.model.Party;
import io.github.compactkit.model.Undertaking;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The extract stage on small compacts written in styles other than the seeds'. */
class ExtractionTest {
    private static final String CHARTER = String.join("\n",
            "The Northshire Compact", "",
            "2. Shared Principles", "",
            "The partners agree these principles:", "",
            "- Independence - the VCS has the right to campaign within the law.",
            "- Fairness: both sectors treat each other fairly.", "",
            "3. Undertakings for the Council:", "",
            "1. Consult the VCS for at least 12 weeks on major policy changes.",
            "2. Give three months' notice before ending funding.", "",
            "4. Undertakings for the Voluntary and Community Sector:", "",
            "1. Respond to consultations in good time.",
            "2. Keep members informed.", "",
            "5. Working together", "",
            "Both sectors will:", "",
            "(i) share information openly;",
            "(ii) resolve disputes through the agreed route by:",
            "(a) meeting within 10 working days;",
            "(b) using mediation where needed.", "",
            "6. Action Plan", "",
            "Action\tLead\tBy when",
            "Publish a funding code\tCouncil/CVS\tQ3 2013",
            "Review the Compact\tCompact Group\tOngoing", "");

    @Test
    void numberedListsUnderPartyHeadings() throws Exception {
        Compact c = Compacts.parse(CHARTER);
        List<Undertaking> council = c.undertakings().stream().filter(u -> u.party() == Party.STATUTORY).toList();
        assertEquals(2, council.size());
        assertEquals("3", council.get(0).section());
        assertEquals(12, council.get(0).quantities().get(0).value());
        assertEquals(2, c.undertakings().stream().filter(u -> u.party() == Party.VCS).count());
    }

    @Test
    void jointItemsFoldTheirSubItems() throws Exception {
        Compact c = Compacts.parse(CHARTER);
        List<Undertaking> joint = c.undertakings().stream().filter(u -> u.party() == Party.JOINT).toList();
        assertEquals(2, joint.size());
        assertEquals("resolve disputes through the agreed route by: meeting within 10 working days; using mediation where needed.",
                joint.get(1).text());
        assertEquals(2, joint.get(1).subItems().size());
    }

    @Test
    void namedPrinciples() throws Exception {
        Compact c = Compacts.parse(CHARTER);
        assertEquals(2, c.principles().size());
        assertEquals("Independence", c.principles().get(0).name());
        assertEquals("the VCS has the right to campaign within the law.", c.principles().get(0).text());
        assertEquals("Fairness", c.principles().get(1).name());
    }

    @Test
    void actionPlanTable() throws Exception {
        Compact c = Compacts.parse(CHARTER);
        assertEquals(2, c.actionPoints().size());
        ActionPoint first = c.actionPoints().get(0);
        assertEquals("Council/CVS", first.lead());
        assertEquals(List.of("Council", "CVS"), first.leads());
        assertEquals("2013-35", first.targetDate());
        assertNull(c.actionPoints().get(1).targetDate());
        assertEquals(DocumentType.COMPACT, c.documentType());
    }

    @Test
    void actionSplitAcrossAPageBreak() throws Exception {
        Compact c = Compacts.parse("3 Undertakings\n\n3.1 The Council undertakes to:\n\n- Consult.\n- Fund.\n- Listen.\n\n"
                + "3.2 Action Points\n\nAction: Publish all plans and\n\nadvice online. **Lead**\n\nResponsibility: WCC/PCT **Target Completion Date:** January 2006\n");
        ActionPoint a = c.actionPoints().get(0);
        assertEquals("Publish all plans and advice online.", a.text());
        assertEquals("WCC/PCT", a.lead());
        assertEquals("2006-01", a.targetDate());
        assertEquals("3.2", a.section());
    }

    @Test
    void aGuideIsNotACompact() throws Exception {
        Compact c = Compacts.parse("A Guide to Local Compacts\n\nThis guide helps you write your compact.\n\n"
                + "Action: Read it. Lead: You. Target date: June 2010\n");
        assertEquals(DocumentType.OTHER, c.documentType());
        assertTrue(c.actionPoints().isEmpty());
        assertTrue(c.warnings().get(0).startsWith("not a compact"));
    }
}
