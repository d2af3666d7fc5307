package org.cloudspend.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayRangeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void bothEndsAreIncluded() {
        assertEquals(range("2026-11-01", "2026-12-01"), DayRange.of("2026-11-01", "2026-11-30", null, null, TODAY));
        assertEquals(range("2026-11-30", "2026-12-01"), DayRange.of("2026-11-30", "2026-11-30", null, null, TODAY),
                "one day");
        assertEquals(range("2026-12-01", "2026-12-04"), DayRange.of(null, null, null, null, TODAY),
                "this month through today");
        assertEquals(LocalDate.of(2026, 11, 30), DayRange.of("2026-11-01", "2026-11-30", null, null, TODAY).to());
    }

    @Test
    void aPeriodIsAMonthAQuarterOrAYear() {
        assertEquals(range("2026-11-01", "2026-12-01"), DayRange.of(null, null, "2026-11", null, TODAY));
        assertEquals(range("2024-02-01", "2024-03-01"), DayRange.of(null, null, "2024-02", null, TODAY));
        assertEquals(range("2026-10-01", "2027-01-01"), DayRange.of(null, null, "2026-Q4", null, TODAY));
        assertEquals(range("2025-01-01", "2026-01-01"), DayRange.of(null, null, "2025", null, TODAY));
    }

    @Test
    void theLastDaysMonthsOrYearsEndToday() {
        assertEquals(range("2026-11-04", "2026-12-04"), DayRange.of(null, null, null, "30d", TODAY));
        assertEquals(range("2026-10-01", "2026-12-04"), DayRange.of(null, null, null, "3m", TODAY));
        assertEquals(range("2026-01-01", "2026-12-04"), DayRange.of(null, null, null, "1y", TODAY));
    }

    @Test
    void contradictionsAndTyposAreClearErrors() {
        assertEquals("--period names the whole range: leave out --from, --to and --last",
                assertThrows(IllegalArgumentException.class,
                        () -> DayRange.of("2026-11-01", null, "2026-11", null, TODAY)).getMessage());
        assertEquals("--last ends today: leave out --from and --to", assertThrows(IllegalArgumentException.class,
                () -> DayRange.of(null, "2026-11-30", null, "3m", TODAY)).getMessage());
        assertEquals("--period is " + DayRange.PERIOD_FORMS + "; got 'November'", assertThrows(
                IllegalArgumentException.class, () -> DayRange.of(null, null, "November", null, TODAY)).getMessage());
        assertEquals("--to is a day, yyyy-mm-dd; got '2026-11-31'", assertThrows(IllegalArgumentException.class,
                () -> DayRange.of(null, "2026-11-31", null, null, TODAY)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> DayRange.of(null, null, null, "0d", TODAY));
        assertThrows(IllegalArgumentException.class, () -> DayRange.of(null, null, null, "3w", TODAY));
    }

    private static DayRange range(String from, String toExclusive) {
        return new DayRange(LocalDate.parse(from), LocalDate.parse(toExclusive));
    }
}
