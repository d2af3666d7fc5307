package org.cloudspend.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One call of a route: who calls, the path's values, the query string's parameters and the JSON body. Every parser
 * here turns bad input into a 400 that names the parameter.
 */
final class ApiRequest {

    private final Caller caller;
    private final Map<String, String> pathValues;
    private final Map<String, String[]> parameters;
    private final JsonNode body;
    private final LocalDate today;

    ApiRequest(Caller caller, Map<String, String> pathValues, Map<String, String[]> parameters, JsonNode body,
            LocalDate today) {
        this.caller = caller;
        this.pathValues = Map.copyOf(pathValues);
        this.parameters = Map.copyOf(parameters);
        this.body = body == null ? JsonNodeFactory.instance.objectNode() : body;
        this.today = today;
    }

    Caller caller() {
        return caller;
    }

    /** Today, UTC: the day ranges and budgets count from. */
    LocalDate today() {
        return today;
    }

    String path(String name) {
        return pathValues.get(name);
    }

    Optional<String> param(String name) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0 || values[0].isBlank()) {
            return Optional.empty();
        }
        if (values.length > 1) {
            throw Problem.badRequest(name, name + " takes one value, but was given " + values.length + " ("
                    + String.join(", ", values) + "): give it once");
        }
        return Optional.of(values[0].trim());
    }

    /** Every value of a parameter that may repeat ({@code groupBy=service&groupBy=region}). */
    List<String> params(String name) {
        String[] values = parameters.get(name);
        return values == null ? List.of() : Arrays.stream(values).filter(value -> !value.isBlank()).toList();
    }

    /** The parameter read by a parser whose {@link IllegalArgumentException} becomes a 400 naming it. */
    <T> Optional<T> param(String name, Function<String, T> parser) {
        return param(name).map(text -> parse(name, text, parser));
    }

    <T> List<T> params(String name, Function<String, T> parser) {
        return params(name).stream().map(text -> parse(name, text, parser)).toList();
    }

    int intParam(String name, int orElse) {
        return param(name, text -> {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " is a whole number; got '" + text + "'", e);
            }
        }).orElse(orElse);
    }

    boolean flag(String name) {
        return param(name, text -> switch (text) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new IllegalArgumentException(name + " is true or false; got '" + text + "'");
        }).orElse(false);
    }

    Optional<LocalDate> day(String name) {
        return param(name, text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(name + " is a day, yyyy-mm-dd; got '" + text + "'", e);
            }
        });
    }

    /** The JSON body of a change; {@code {}} when it had none. */
    ObjectNode body() {
        if (!body.isObject()) {
            throw Problem.badRequest(null, "The body is a JSON object, not " + body.getNodeType().name()
                    .toLowerCase(java.util.Locale.ROOT));
        }
        return (ObjectNode) body;
    }

    static <T> T parse(String name, String text, Function<String, T> parser) {
        return Body.parsed(name, () -> parser.apply(text));
    }
}
