package org.cloudspend.alerts.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one value's day should have cost, from the {@value #HISTORY_DAYS} days before it, robustly and weekday-aware:
 * the expected cost is the median of the same weekday in the four weeks before (a past spike does not move it, a
 * weekly rhythm is kept), and the day's noise is the median absolute deviation of every day in those weeks from its
 * own weekday's median. A value younger than three weeks has no weekly rhythm yet: its baseline is the plain median
 * of its days so far, and its noise their deviation from it. A day stands out when it exceeds the expected cost by the
 * monitor's minimum impact, in money and in percent, and by {@value #NOISE_FACTOR} times the noise. A value with
 * fewer than {@value #MIN_DAYS_WITH_COST} days of costs in those weeks (a service never seen) is not judged yet.
 */
final class DailyBaseline {

    static final int HISTORY_DAYS = 28;
    static final int MIN_DAYS_WITH_COST = 7;
    static final int NOISE_FACTOR = 3;
    /** The median absolute deviation times this estimates a normal spread's standard deviation. */
    private static final BigDecimal MAD_TO_SIGMA = new BigDecimal("1.4826");

    private DailyBaseline() {
    }

    /** The expected cost of the day, or empty when the value has too little history to be judged. */
    static Optional<BigDecimal> expected(Map<LocalDate, BigDecimal> daily, LocalDate day) {
        int withCost = 0;
        for (int back = 1; back <= HISTORY_DAYS; back++) {
            if (cost(daily, day.minusDays(back)).signum() != 0) {
                withCost++;
            }
        }
        if (withCost < MIN_DAYS_WITH_COST) {
            return Optional.empty();
        }
        return Optional.of(youngSince(daily, day).map(first -> median(costs(daily, first, day)))
                .orElseGet(() -> weekdayMedian(daily, day)));
    }

    /**
     * The first day with costs of a value younger than the four weeks (a service new this month): its weekdays
     * before that were no costs, not a rhythm, so its baseline is the plain median of its days so far.
     */
    private static Optional<LocalDate> youngSince(Map<LocalDate, BigDecimal> daily, LocalDate day) {
        if (cost(daily, day.minusDays(HISTORY_DAYS)).signum() != 0) {
            return Optional.empty();
        }
        for (int back = HISTORY_DAYS - 1; back >= 1; back--) {
            if (cost(daily, day.minusDays(back)).signum() != 0) {
                return back > HISTORY_DAYS - 7 ? Optional.empty() : Optional.of(day.minusDays(back));
            }
        }
        return Optional.empty();
    }

    private static List<BigDecimal> costs(Map<LocalDate, BigDecimal> daily, LocalDate from, LocalDate toExclusive) {
        List<BigDecimal> costs = new ArrayList<>();
        for (LocalDate d = from; d.isBefore(toExclusive); d = d.plusDays(1)) {
            costs.add(cost(daily, d));
        }
        return costs;
    }

    /** Whether the day stands out from its expected cost (see the class). */
    static boolean standsOut(Map<LocalDate, BigDecimal> daily, LocalDate day, BigDecimal expected,
            BigDecimal minImpact, BigDecimal minImpactPercent) {
        BigDecimal impact = cost(daily, day).subtract(expected);
        if (impact.signum() <= 0 || impact.compareTo(minImpact) < 0) {
            return false;
        }
        if (minImpactPercent.signum() > 0 && expected.signum() > 0
                && impact.movePointRight(2).compareTo(expected.multiply(minImpactPercent)) < 0) {
            return false;
        }
        return impact.compareTo(noise(daily, day).multiply(BigDecimal.valueOf(NOISE_FACTOR))) > 0;
    }

    /** The median of the same weekday in the four weeks before the day. */
    static BigDecimal weekdayMedian(Map<LocalDate, BigDecimal> daily, LocalDate day) {
        List<BigDecimal> sameWeekday = new ArrayList<>();
        for (int week = 1; week <= HISTORY_DAYS / 7; week++) {
            sameWeekday.add(cost(daily, day.minusWeeks(week)));
        }
        return median(sameWeekday);
    }

    /** The spread of the days before: the median absolute deviation from each day's weekday median, as a sigma. */
    static BigDecimal noise(Map<LocalDate, BigDecimal> daily, LocalDate day) {
        Optional<LocalDate> young = youngSince(daily, day);
        if (young.isPresent()) {
            List<BigDecimal> life = costs(daily, young.get(), day);
            BigDecimal median = median(life);
            return median(life.stream().map(cost -> cost.subtract(median).abs()).toList()).multiply(MAD_TO_SIGMA);
        }
        // each weekday's median within the four weeks: the days 7, 14, 21 and 28 before, 1, 8, 15 and 22 before, ...
        BigDecimal[] weekdayMedians = new BigDecimal[7];
        for (int offset = 0; offset < 7; offset++) {
            weekdayMedians[offset] = weekdayMedian(daily, offset == 0 ? day : day.minusDays(offset).plusWeeks(1));
        }
        List<BigDecimal> deviations = new ArrayList<>();
        for (int back = 1; back <= HISTORY_DAYS; back++) {
            deviations.add(cost(daily, day.minusDays(back)).subtract(weekdayMedians[back % 7]).abs());
        }
        return median(deviations).multiply(MAD_TO_SIGMA);
    }

    private static BigDecimal cost(Map<LocalDate, BigDecimal> daily, LocalDate day) {
        return daily.getOrDefault(day, BigDecimal.ZERO);
    }

    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), 10,
                        RoundingMode.HALF_EVEN);
    }
}
