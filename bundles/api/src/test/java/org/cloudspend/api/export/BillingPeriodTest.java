package org.cloudspend.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BillingPeriodTest {

    @Test
    void legacyRangeRoundTrips() {
        BillingPeriod december = BillingPeriod.parseLegacyRange("20181201-20190101");
        assertEquals(BillingPeriod.of(2018, 12), december);
        assertEquals("20181201-20190101", december.legacyRange());
        assertEquals("2018-12", december.toString());
    }

    @Test
    void legacyRangeMustBeOneWholeMonth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BillingPeriod.parseLegacyRange("20181202-20190101"));
        assertTrue(e.getMessage().contains("20181202-20190101"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BillingPeriod.parseLegacyRange("20181201-20190201"));
        assertThrows(IllegalArgumentException.class, () -> BillingPeriod.parseLegacyRange("BILLING_PERIOD=2018-12"));
    }

    @Test
    void containsItsDaysOnly() {
        BillingPeriod february = BillingPeriod.parse("2024-02");
        assertTrue(february.contains(LocalDate.of(2024, 2, 29)));
        assertFalse(february.contains(LocalDate.of(2024, 3, 1)));
        assertEquals(LocalDate.of(2024, 3, 1), february.endExclusive());
    }

    @Test
    void rejectsTextThatIsNoMonth() {
        assertThrows(IllegalArgumentException.class, () -> BillingPeriod.parse("2024-13"));
    }
}
