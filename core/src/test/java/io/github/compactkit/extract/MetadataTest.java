package io.github.compactkit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.compactkit.Compacts;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.Status;
import org.junit.jupiter.api.Test;

class MetadataTest {
    private static final String BODY = "\n\n1. Undertakings\n\nThe Council will:\n\n- consult;\n- fund;\n- listen.\n";

    @Test
    void titleAreaDateAndStatusFromTheFrontPage() throws Exception {
        Compact c = Compacts.parse("WESTVALE LOCAL COMPACT\n\nDraft for consultation \u2014 September 2015" + BODY);
        assertEquals("Westvale Local Compact", c.title());
        assertEquals("Westvale", c.area());
        assertEquals("2015-09", c.date().edtf());
        assertEquals(Status.DRAFT, c.status());
    }

    @Test
    void areaFromThePublicBodiesWhenTheTitleHasNone() throws Exception {
        Compact c = Compacts.parse("Working Together\n\nAgreed by Kentham Borough Council, Kentham District Police and "
                + "Kentham CVS on 14 July 2011" + BODY + "\nKentham Borough Council will report yearly.\n");
        assertEquals("Kentham", c.area());
        assertEquals("2011-07-14", c.date().edtf());
        assertNull(c.status());
    }

    @Test
    void aRefreshedEditionIsDated() throws Exception {
        Compact c = Compacts.parse("The Southmere Compact\n\nRefreshed edition \u2014 April 2014" + BODY);
        assertEquals("Refreshed edition \u2014 April 2014", c.date().text());
        assertEquals("2014-04", c.date().edtf());
    }

    @Test
    void twoPlacesJoinedByAndAreOneArea() throws Exception {
        assertEquals("Elmsworth and Pellingham", Compacts.parse("The Elmsworth and Pellingham Compact\n\nRefreshed March 2016" + BODY).area());
        assertEquals("Upton and Ashby", Compacts.parse("THE UPTON AND ASHBY COMPACT\n\nRefreshed June 2015" + BODY).area());
    }

    @Test
    void aPersonsRoleIsNoArea() throws Exception {
        String quote = "\n\n\u201cIt worked for us.\u201d Martin Howie Director Voluntary Action Lewisham. Sarah Prior Compact Officer Exeter CVS.\n";
        Compact c = Compacts.parse("Local Compacts User Guide" + quote + quote + quote + BODY);
        assertNull(c.area(), "a name before a role is a person: " + c.area());
    }
}
