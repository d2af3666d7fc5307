package org.cloudspend.cur.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads the date-times of billing exports into epoch seconds (UTC): {@code 2024-01-01T00:00:00Z},
 * {@code 2024-01-01T00:00:00.000Z}, {@code 2018-06-01 00:00:00}, {@code 2024-01-01}, and any ISO-8601 offset form.
 */
final class Timestamps {

    private Timestamps() {
    }

    /** @throws DateTimeParseException when the text is no date-time */
    static long toEpochSecond(String text) {
        int length = text.length();
        if (length >= 10 && digits(text, 0, 4) && text.charAt(4) == '-' && digits(text, 5, 2)
                && text.charAt(7) == '-' && digits(text, 8, 2)) {
            long day = LocalDate.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2)).toEpochDay();
            if (length == 10) {
                return day * 86_400;
            }
            char separator = text.charAt(10);
            if (length >= 19 && (separator == 'T' || separator == ' ') && digits(text, 11, 2)
                    && text.charAt(13) == ':' && digits(text, 14, 2) && text.charAt(16) == ':' && digits(text, 17, 2)
                    && isUtcSuffix(text, 19)) {
                int hour = number(text, 11, 2);
                int minute = number(text, 14, 2);
                int second = number(text, 17, 2);
                if (hour < 24 && minute < 60 && second < 60) {
                    return day * 86_400 + hour * 3_600L + minute * 60L + second;
                }
            }
        }
        return OffsetDateTime.parse(text.replace(' ', 'T')).toEpochSecond();
    }

    static Instant toInstant(String text) {
        return Instant.ofEpochSecond(toEpochSecond(text));
    }

    /** Nothing, {@code Z}, or fractional seconds then {@code Z}: what AWS writes. Other offsets take the slow path. */
    private static boolean isUtcSuffix(String text, int from) {
        int i = from;
        if (i < text.length() && text.charAt(i) == '.') {
            i++;
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                i++;
            }
        }
        return i == text.length() || (i == text.length() - 1 && text.charAt(i) == 'Z');
    }

    private static boolean digits(String text, int from, int count) {
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
