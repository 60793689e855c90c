package io.github.compactkit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.model.Quantity;
import io.github.compactkit.model.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityExtractorTest {
    private final QuantityExtractor extractor = new QuantityExtractor();

    @Test
    void consultationPeriod() {
        List<Quantity> q = extractor.extract("Allow the VCS a reasonable time (minimum of 12 weeks) to respond to major consultations.");
        assertEquals(1, q.size());
        assertEquals(12, q.get(0).value());
        assertEquals(Unit.WEEK, q.get(0).unit());
        assertEquals("consultation", q.get(0).topic());
    }

    @Test
    void wordNumbersAndTopics() {
        assertEquals("correspondence", extractor.extract("We will aim to respond to each others correspondence within two weeks.").get(0).topic());
        Quantity notice = extractor.extract("Give at least three months' notice before ending funding.").get(0);
        assertEquals(3, notice.value());
        assertEquals(Unit.MONTH, notice.unit());
        assertEquals("funding-notice", notice.topic());
        Quantity days = extractor.extract("Reply to letters within 10 working days.").get(0);
        assertEquals(Unit.DAY, days.unit());
        assertEquals("correspondence", days.topic());
    }

    @Test
    void noticeInAdvanceOfFundingStoppingIsFundingNotice() {
        Quantity q = extractor.extract("Tell an organisation at least three months in advance when its funding will stop or be cut.").get(0);
        assertEquals(3, q.value());
        assertEquals("funding-notice", q.topic());
        assertEquals("funding-term", extractor.extract("Offer grants and contracts of three years or more.").get(0).topic());
    }

    @Test
    void frequenciesAreNotPeriods() {
        assertTrue(extractor.extract("The group will meet twice a year and receive reports.").isEmpty());
        assertTrue(extractor.extract("Committees meet only once a month.").isEmpty());
        assertTrue(extractor.extract("Hold a surgery three times a year.").isEmpty());
        Quantity within = extractor.extract("Publish the report within a year of each review.").get(0);
        assertEquals(1, within.value());
        assertEquals(Unit.YEAR, within.unit());
        assertEquals(3, extractor.extract("Review this compact every three years.").get(0).value());
    }

    @Test
    void noNumberNoQuantity() {
        assertTrue(extractor.extract("We will review the Compact after the first year.").isEmpty());
    }

    @Test
    void eachQuantityTakesTheTopicOfItsOwnSentence() {
        List<Quantity> q = extractor.extract("We will review the funding arrangements with every organisation we fund, e.g. at the "
                + "annual meeting, after two years. We will also consult the sector for at least 12 weeks on any major change to policy.");
        assertEquals(2, q.size());
        assertEquals("funding-term", q.get(0).topic());
        assertEquals("consultation", q.get(1).topic());
    }
}
