package org.cloudspend.shell.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a cost question covers, as the shell takes them: {@code --from} and {@code --to} both included, a whole
 * {@code --period} (a month, a quarter, a year), or the {@code --last} days or months through today. Services take the
 * half-open range this gives ({@link #from()}, {@link #toExclusive()}).
 */
record DayRange(LocalDate from, LocalDate toExclusive) {

    static final String PERIOD_FORMS = "yyyy-mm (a month), yyyy-Qn (a quarter) or yyyy (a year)";
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern LAST = Pattern.compile("([1-9]\\d{0,3})([dmy])");

    DayRange {
        if (!from.isBefore(toExclusive)) {
            throw new IllegalArgumentException("--to (" + toExclusive.minusDays(1) + ") is before --from (" + from
                    + ")");
        }
    }

    /** The last day, included. */
    LocalDate to() {
        return toExclusive.minusDays(1);
    }

    /**
     * The range the options name; without any, this month through today.
     *
     * @param from first day, yyyy-mm-dd, or null
     * @param to last day (included), or null
     * @param period {@link #PERIOD_FORMS}, or null
     * @param last {@code 30d}, {@code 3m} (this month and the two before) or {@code 1y}, through today; or null
     */
    static DayRange of(String from, String to, String period, String last, LocalDate today) {
        if (period != null) {
            if (from != null || to != null || last != null) {
                throw new IllegalArgumentException("--period names the whole range: leave out --from, --to and"
                        + " --last");
            }
            return period(period.trim());
        }
        if (last != null) {
            if (from != null || to != null) {
                throw new IllegalArgumentException("--last ends today: leave out --from and --to");
            }
            return last(last.trim(), today);
        }
        return new DayRange(day(from, today.withDayOfMonth(1), "--from"), day(to, today, "--to").plusDays(1));
    }

    private static DayRange period(String text) {
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            LocalDate first = YearMonth.of(Integer.parseInt(quarter.group(1)),
                    (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1).atDay(1);
            return new DayRange(first, first.plusMonths(3));
        }
        if (YEAR.matcher(text).matches()) {
            LocalDate first = LocalDate.of(Integer.parseInt(text), 1, 1);
            return new DayRange(first, first.plusYears(1));
        }
        try {
            LocalDate first = YearMonth.parse(text).atDay(1);
            return new DayRange(first, first.plusMonths(1));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--period is " + PERIOD_FORMS + "; got '" + text + "'", e);
        }
    }

    private static DayRange last(String text, LocalDate today) {
        Matcher last = LAST.matcher(text);
        if (!last.matches()) {
            throw new IllegalArgumentException("--last is a number of days, months or years through today, e.g. 30d,"
                    + " 3m (this month and the two before) or 1y; got '" + text + "'");
        }
        int count = Integer.parseInt(last.group(1));
        LocalDate end = today.plusDays(1);
        return switch (last.group(2)) {
            case "d" -> new DayRange(today.minusDays(count - 1L), end);
            case "m" -> new DayRange(today.withDayOfMonth(1).minusMonths(count - 1L), end);
            default -> new DayRange(today.withDayOfYear(1).minusYears(count - 1L), end);
        };
    }

    private static LocalDate day(String text, LocalDate fallback, String option) {
        return text == null ? fallback : day(text, option);
    }

    /** A day given to an option, yyyy-mm-dd. */
    static LocalDate day(String text, String option) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " is a day, yyyy-mm-dd; got '" + text + "'", e);
        }
    }
}
