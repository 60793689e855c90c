package io.github.compactkit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EdtfDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "June 2006|2006-06", "Sept 2006|2006-09", "Spring 2008|2008-21", "Winter 2010|2010-24",
            "Q3 2013|2013-35", "Quarter 1 2014|2014-33", "Q2 2025/26|2025-07-01/2025-09-30", "Q4 2016/17|2017-01-01/2017-03-31", "2013/14|2013-04-01/2014-03-31", "2013-2014|2013-04-01/2014-03-31",
            "7th March 2010|2010-03-07", "March 7, 2010|2010-03-07", "31/03/2014|2014-03-31", "2006|2006",
            "End of December 2005|2005-12", "Ongoing|null", "TBC|null"})
    void normalises(String text, String edtf) {
        assertEquals(Optional.ofNullable(edtf), EdtfDates.toEdtf(text));
    }
}
