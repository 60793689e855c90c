package io.github.compactkit.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EncodingTextTest {
    @Test
    void dropsThePartyLeadIn() {
        assertEquals("reply to letters within 20 working days",
                EncodingText.of("The Council and its statutory partners will reply to letters within 20 working days"));
        assertEquals("have sound governance", EncodingText.of("Voluntary and community groups shall also have sound governance"));
    }

    @Test
    void dropsPledgeLeadInsAndHedges() {
        assertEquals("be clear about whose views they represent",
                EncodingText.of("VCSE organisations pledge to be clear about whose views they represent"));
        assertEquals("share information about local needs",
                EncodingText.of("We will share information about local needs, wherever we can"));
        assertEquals("respond to consultations and involve service users",
                EncodingText.of("You will respond to consultations where you can, and involve service users"));
        assertEquals("where possible", EncodingText.of("where possible"));
    }

    @Test
    void keepsATextWhoseModalComesLate() {
        String longLead = "Where a grant is agreed after the annual review of the programme by the panel of officers and "
                + "members, groups will report on what it has achieved";
        assertEquals(longLead, EncodingText.of(longLead));
        assertEquals("reply to letters", EncodingText.of("reply to letters"));
    }

    @Test
    void spellsOutTheSectorsAcronyms() {
        assertEquals("involve the voluntary sector and the council for voluntary service early",
                EncodingText.of("involve the VCS and the CVS early"));
    }

    @Test
    void splitsABundleIntoItsClauses() {
        assertEquals(List.of("improve access to small grants by", "publishing the criteria every April",
                        "keeping application forms short"),
                EncodingText.parts("improve access to small grants by: publishing the criteria every April; keeping application forms short"));
        assertEquals(List.of("promote the Compact to their staff", "include it in induction training"),
                EncodingText.parts("All partners will promote the Compact to their staff, and include it in induction training"));
        assertEquals(List.of(), EncodingText.parts("pay grants in advance where needed"));
    }
}
