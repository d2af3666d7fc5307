package org.cloudspend.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Fields of a change's JSON body; a field of the wrong kind or one the change does not know is a 400 naming it. */
final class Body {

    private Body() {
    }

    /** Refuses a field that is not among {@code known}: a misspelt setting must not be ignored silently. */
    static void only(ObjectNode body, Set<String> known, String what) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                throw Problem.badRequest(name, "Unknown field '" + name + "'; " + what + " takes "
                        + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    /** A text field; absent, null or blank is not given. */
    static String text(ObjectNode body, String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw Problem.badRequest(name, name + " is text, not " + kind(value));
        }
        return value.asText().isBlank() ? null : value.asText();
    }

    static String required(ObjectNode body, String name, String example) {
        String value = text(body, name);
        if (value == null) {
            throw Problem.badRequest(name, name + " is required, e.g. " + example);
        }
        return value;
    }

    /** A decimal, exact: a JSON number or its text ({@code 12.5}, {@code "12.5"}); null when not given. */
    static BigDecimal decimal(ObjectNode body, String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText().trim());
        } catch (NumberFormatException e) {
            throw Problem.badRequest(name, name + " is a number such as 12.5, not '" + value.asText() + "'");
        }
    }

    /** A whole number; null when not given. */
    static Integer integer(ObjectNode body, String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw Problem.badRequest(name, name + " is a whole number, not " + value);
        }
        return value.intValue();
    }

    /** An array of texts; null when not given (an empty array is given: nothing). */
    static java.util.List<String> texts(ObjectNode body, String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw Problem.badRequest(name, name + " is an array of texts, e.g. [\"service=AmazonEC2\"], not "
                    + kind(value));
        }
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw Problem.badRequest(name, name + " holds texts only, not " + item);
            }
            texts.add(item.asText());
        }
        return texts;
    }

    /** True or false; {@code orElse} when not given. */
    static boolean flag(ObjectNode body, String name, boolean orElse) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return orElse;
        }
        if (!value.isBoolean()) {
            throw Problem.badRequest(name, name + " is true or false, not " + value);
        }
        return value.booleanValue();
    }

    /** A value read by a parser whose {@link IllegalArgumentException} becomes a 400 naming its field or parameter. */
    static <T> T parsed(String name, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(name, e.getMessage());
        }
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
