package org.cloudspend.generator;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Formats the generator's values as AWS writes them. */
final class Text {

    private static final long ONE = 10_000_000_000L;
    private static final Map<Long, String> TIMES = new HashMap<>();

    private Text() {
    }

    /** A long scaled by 10^10 as plain decimal text without trailing zeros: {@code -12.5}, {@code 0.0000000001}. */
    static String money(long scaled) {
        StringBuilder out = new StringBuilder(24);
        long magnitude = Math.abs(scaled);
        if (scaled < 0) {
            out.append('-');
        }
        out.append(magnitude / ONE);
        long fraction = magnitude % ONE;
        if (fraction != 0) {
            String digits = Long.toString(fraction);
            out.append('.');
            for (int i = digits.length(); i < 10; i++) {
                out.append('0');
            }
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            out.append(digits, 0, end);
        }
        return out.toString();
    }

    static String money(Long scaled) {
        return scaled == null ? "" : money(scaled.longValue());
    }

    /** {@code 2024-01-01T10:00:00Z}. */
    static synchronized String time(long epochSecond) {
        return TIMES.computeIfAbsent(epochSecond, s -> Instant.ofEpochSecond(s).toString());
    }

    /** A CSV field, quoted where it must be. */
    static void csvField(StringBuilder out, String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            out.append(value);
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    /** A JSON text value. */
    static void jsonString(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
