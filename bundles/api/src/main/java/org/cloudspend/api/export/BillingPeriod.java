package org.cloudspend.api.export;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** An AWS billing period: one calendar month, written {@code 2024-01}. */
public record BillingPeriod(YearMonth month) implements Comparable<BillingPeriod> {

    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    public BillingPeriod {
        Objects.requireNonNull(month, "month");
    }

    public static BillingPeriod of(int year, int month) {
        return new BillingPeriod(YearMonth.of(year, month));
    }

    /** Parses {@code 2024-01}. */
    public static BillingPeriod parse(String text) {
        try {
            return new BillingPeriod(YearMonth.parse(text));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a billing period (yyyy-mm): '" + text + "'", e);
        }
    }

    /** Parses a legacy CUR period folder, {@code 20240101-20240201}: the first day of a month to the next. */
    public static BillingPeriod parseLegacyRange(String text) {
        String[] parts = text.split("-");
        try {
            if (parts.length == 2) {
                LocalDate start = LocalDate.parse(parts[0], COMPACT_DATE);
                LocalDate end = LocalDate.parse(parts[1], COMPACT_DATE);
                if (start.getDayOfMonth() == 1 && end.equals(start.plusMonths(1))) {
                    return new BillingPeriod(YearMonth.from(start));
                }
            }
        } catch (DateTimeParseException e) {
            // reported below with the text that failed
        }
        throw new IllegalArgumentException("Not a legacy billing period folder (yyyymmdd-yyyymmdd of one month): '"
                + text + "'");
    }

    public LocalDate start() {
        return month.atDay(1);
    }

    /** The first day after the period. */
    public LocalDate endExclusive() {
        return month.plusMonths(1).atDay(1);
    }

    /** The legacy CUR folder name, {@code 20240101-20240201}. */
    public String legacyRange() {
        return start().format(COMPACT_DATE) + "-" + endExclusive().format(COMPACT_DATE);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && day.isBefore(endExclusive());
    }

    @Override
    public int compareTo(BillingPeriod other) {
        return month.compareTo(other.month);
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
