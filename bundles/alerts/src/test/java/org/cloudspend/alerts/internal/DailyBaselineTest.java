package org.cloudspend.alerts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DailyBaselineTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 6, 30);
    private static final BigDecimal FIFTY = new BigDecimal("50");
    private static final BigDecimal FORTY_PERCENT = new BigDecimal("40");

    @Test
    void aMondayAfterQuietWeekendsIsExpectedAtItsMondayLevelAndAPastSpikeDoesNotMoveIt() {
        Map<LocalDate, BigDecimal> daily = weeks(MONDAY, 100, 10);
        daily.put(MONDAY.minusWeeks(2), new BigDecimal("900")); // a spike two Mondays ago
        assertEquals(Optional.of(new BigDecimal("100.0000000000")), DailyBaseline.expected(daily, MONDAY));
        daily.put(MONDAY, new BigDecimal("110"));
        assertFalse(DailyBaseline.standsOut(daily, MONDAY, new BigDecimal("100"), FIFTY, FORTY_PERCENT));
        daily.put(MONDAY, new BigDecimal("400"));
        assertTrue(DailyBaseline.standsOut(daily, MONDAY, new BigDecimal("100"), FIFTY, FORTY_PERCENT));
    }

    @Test
    void bothFloorsMustBeMet() {
        Map<LocalDate, BigDecimal> daily = weeks(MONDAY, 1000, 1000);
        daily.put(MONDAY, new BigDecimal("1300")); // +300: above 50, but 30 % < 40 %
        assertFalse(DailyBaseline.standsOut(daily, MONDAY, new BigDecimal("1000"), FIFTY, FORTY_PERCENT));
        Map<LocalDate, BigDecimal> small = weeks(MONDAY, 10, 10);
        small.put(MONDAY, new BigDecimal("40")); // +300 %, but +30 < 50
        assertFalse(DailyBaseline.standsOut(small, MONDAY, new BigDecimal("10"), FIFTY, FORTY_PERCENT));
    }

    @Test
    void aValueWithLessThanAWeekOfCostsIsNotJudged() {
        Map<LocalDate, BigDecimal> daily = new HashMap<>();
        for (int back = 1; back <= 6; back++) {
            daily.put(MONDAY.minusDays(back), new BigDecimal("500"));
        }
        assertEquals(Optional.empty(), DailyBaseline.expected(daily, MONDAY));
        daily.put(MONDAY.minusDays(7), new BigDecimal("500"));
        assertTrue(DailyBaseline.expected(daily, MONDAY).isPresent());
    }

    /** A service new ten days ago at a steady level: its days before were not a rhythm of zeros to stand out from. */
    @Test
    void aYoungValueIsJudgedAgainstItsOwnDaysSoFar() {
        Map<LocalDate, BigDecimal> daily = new HashMap<>();
        for (int back = 1; back <= 10; back++) {
            daily.put(MONDAY.minusDays(back), new BigDecimal(back % 2 == 0 ? "500" : "510"));
        }
        daily.put(MONDAY, new BigDecimal("505"));
        BigDecimal expected = DailyBaseline.expected(daily, MONDAY).orElseThrow();
        assertEquals(new BigDecimal("505.0000000000"), expected);
        assertFalse(DailyBaseline.standsOut(daily, MONDAY, expected, FIFTY, FORTY_PERCENT));
        daily.put(MONDAY, new BigDecimal("900"));
        assertTrue(DailyBaseline.standsOut(daily, MONDAY, expected, FIFTY, FORTY_PERCENT));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(new BigDecimal("2.5000000000"), DailyBaseline.median(List.of(new BigDecimal("4"),
                new BigDecimal("1"), new BigDecimal("3"), new BigDecimal("2"))));
    }

    /** Four weeks before {@code day}: weekdays at one level, weekends at another. */
    private static Map<LocalDate, BigDecimal> weeks(LocalDate day, int weekdays, int weekends) {
        Map<LocalDate, BigDecimal> daily = new HashMap<>();
        for (int back = 1; back <= DailyBaseline.HISTORY_DAYS; back++) {
            LocalDate past = day.minusDays(back);
            boolean weekend = past.getDayOfWeek() == DayOfWeek.SATURDAY || past.getDayOfWeek() == DayOfWeek.SUNDAY;
            daily.put(past, BigDecimal.valueOf(weekend ? weekends : weekdays));
        }
        return daily;
    }
}
