package io.github.compactkit.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.compactkit.Compacts;
import io.github.compactkit.model.Compact;
import org.junit.jupiter.api.Test;

class BenchmarkWordingTest {
    @Test
    void noticeInAdvanceOfFundingStoppingIsFundingNotice() throws Exception {
        Compact c = Compacts.parse("The Harbourside Compact\n\n3. What public bodies will do\n\nPublic bodies will:\n\n"
                + "* tell an organisation at least three months in advance when its funding will stop or be cut;\n"
                + "* pay invoices within 30 days.\n");
        BenchmarkResult notice = BenchmarkCatalogue.defaults().detect(c).result("funding-notice");
        assertEquals(BenchmarkStatus.PRESENT, notice.status());
        assertEquals("3 months", notice.value());
    }
}
