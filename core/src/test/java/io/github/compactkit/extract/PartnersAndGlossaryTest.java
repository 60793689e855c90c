package io.github.compactkit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.Compacts;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.GlossaryEntry;
import io.github.compactkit.model.Partner;
import io.github.compactkit.model.Sector;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnersAndGlossaryTest {
    private static final String BODY = "\n\n2. Undertakings\n\nThe Council will:\n\n- consult;\n- fund;\n- listen.\n";

    @Test
    void partnersNamedInTheParagraphUnderWhoHasSignedIt() throws Exception {
        Compact c = Compacts.parse("The Southmere Compact\n\n1.2 Who has signed it\n\nThe public body partners are Southmere County "
                + "Council, NHS Southmere Clinical Commissioning Group and the Office of the Police and Crime Commissioner for "
                + "Southmere. The voluntary and community sector is represented by Southmere CVS and the Southmere Rural "
                + "Community Council. A full list of signatories is at Appendix One." + BODY);
        assertEquals(List.of(
                new Partner("Southmere County Council", Sector.STATUTORY),
                new Partner("NHS Southmere Clinical Commissioning Group", Sector.STATUTORY),
                new Partner("Office of the Police and Crime Commissioner for Southmere", Sector.STATUTORY),
                new Partner("Southmere CVS", Sector.VCS),
                new Partner("Southmere Rural Community Council", Sector.VCS)), c.partners());
    }

    @Test
    void partnersListedAfterSignedByOrRunTogether() throws Exception {
        Compact listed = Compacts.parse("The Dunmore Compact\n\nIt has been signed by:\n\n- Dunmore County Council\n"
                + "- Dunmore CVS, on behalf of the voluntary and community sector\n- Cllr Helen Marsh, Leader\n" + BODY);
        assertEquals(List.of(new Partner("Dunmore County Council", Sector.STATUTORY), new Partner("Dunmore CVS", Sector.VCS)),
                listed.partners());
        Compact together = Compacts.parse("The Hollinsbury Compact\n\nWho has signed the Compact\n\n"
                + "Hollinsbury District Council Midshire Fire and Rescue Service Voluntary Action Hollinsbury (the CVS for the district)"
                + " Hollinsbury Rural Community Network" + BODY);
        assertEquals(List.of("Hollinsbury District Council", "Midshire Fire and Rescue Service", "Voluntary Action Hollinsbury",
                "Hollinsbury Rural Community Network"), together.partners().stream().map(Partner::name).toList());
    }

    @Test
    void runningTextNamesOnlyBodies() {
        assertEquals(List.of("Wexcombe Police", "Wexcombe County Council"),
                PartnerNames.in("An agreement between Wexcombe Police, Wexcombe County Council and the voluntary and community sector."));
        assertEquals(List.of("Tonbridge & Malling Borough Council", "Sevenoaks District Council"),
                PartnerNames.in("The Compact has been signed by Tonbridge & Malling Borough Council and Sevenoaks District Council."));
        assertTrue(PartnerNames.in("Its statutory partners and the voluntary sector agree.").isEmpty());
    }

    @Test
    void boldTermsUnderWordsWeUseAreTheGlossary() throws Exception {
        Compact c = Compacts.parse("The Harbourside Compact" + BODY + "\n## 5. Words we use\n\n**CCG:** Harbourside Clinical "
                + "Commissioning Group.\n\n**VCFS:** the voluntary, community and faith sector.\n");
        assertEquals(List.of(new GlossaryEntry("CCG", "Harbourside Clinical Commissioning Group."),
                new GlossaryEntry("VCFS", "the voluntary, community and faith sector.")), c.glossary());
    }
}
