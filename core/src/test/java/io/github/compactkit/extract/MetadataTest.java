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
}
