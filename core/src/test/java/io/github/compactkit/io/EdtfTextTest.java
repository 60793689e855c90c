package io.github.compactkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EdtfTextTest {
    @Test
    void everyFormTheModelWritesReadsAsWords() {
        assertEquals("2006", EdtfText.readable("2006"));
        assertEquals("June 2006", EdtfText.readable("2006-06"));
        assertEquals("7 March 2010", EdtfText.readable("2010-03-07"));
        assertEquals("spring 2008", EdtfText.readable("2008-21"));
        assertEquals("winter 2008", EdtfText.readable("2008-24"));
        assertEquals("Q3 2013", EdtfText.readable("2013-35"));
        assertEquals("1 April 2013 to 31 March 2014", EdtfText.readable("2013-04-01/2014-03-31"));
        assertNull(EdtfText.readable(null));
        assertEquals("sometime", EdtfText.readable("sometime"));
    }
}
