package org.cloudspend.cur.internal;

import java.util.function.BiConsumer;

/**
 * Reads a flat JSON object of names and values, the way CUR 2.0 CSV files write their MAP columns
 * ({@code {"user_cost_center":"ops","aws_created_by":"..."}}), without building a tree for every row. Values that are
 * numbers or booleans are passed as their text; null values are skipped.
 */
final class FlatJsonObject {

    private final String json;
    private int position;

    private FlatJsonObject(String json) {
        this.json = json;
    }

    /**
     * Passes every name and value to the consumer; empty text is an empty object.
     *
     * @throws IllegalArgumentException naming the position where the text stops being such an object
     */
    static void forEach(String json, BiConsumer<String, String> consumer) {
        if (json.isEmpty()) {
            return;
        }
        new FlatJsonObject(json).read(consumer);
    }

    private void read(BiConsumer<String, String> consumer) {
        skipWhitespace();
        expect('{');
        skipWhitespace();
        if (peek() == '}') {
            position++;
            end();
            return;
        }
        while (true) {
            skipWhitespace();
            String name = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            String value = value();
            if (value != null) {
                consumer.accept(name, value);
            }
            skipWhitespace();
            char next = next();
            if (next == '}') {
                end();
                return;
            }
            if (next != ',') {
                throw problem("',' or '}' expected");
            }
        }
    }

    private String value() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        int start = position;
        while (position < json.length() && ",} \t\r\n".indexOf(json.charAt(position)) < 0) {
            position++;
        }
        String literal = json.substring(start, position);
        if (literal.isEmpty() || literal.startsWith("{") || literal.startsWith("[")) {
            throw problem("a text, number, boolean or null value expected");
        }
        return literal.equals("null") ? null : literal;
    }

    private String string() {
        expect('"');
        StringBuilder text = null;
        int start = position;
        while (true) {
            if (position >= json.length()) {
                throw problem("the text does not end");
            }
            char c = json.charAt(position++);
            if (c == '"') {
                return text == null ? json.substring(start, position - 1) : text.toString();
            }
            if (c == '\\') {
                if (text == null) {
                    text = new StringBuilder(json.substring(start, position - 1));
                }
                text.append(escaped());
            } else if (text != null) {
                text.append(c);
            }
        }
    }

    private char escaped() {
        char c = next();
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> {
                if (position + 4 > json.length()) {
                    throw problem("a \\u escape needs four hex digits");
                }
                try {
                    char decoded = (char) Integer.parseInt(json.substring(position, position + 4), 16);
                    position += 4;
                    yield decoded;
                } catch (NumberFormatException e) {
                    throw problem("a \\u escape needs four hex digits");
                }
            }
            default -> throw problem("unknown escape \\" + c);
        };
    }

    private void end() {
        skipWhitespace();
        if (position != json.length()) {
            throw problem("text after the object");
        }
    }

    private void expect(char expected) {
        if (next() != expected) {
            position--;
            throw problem("'" + expected + "' expected");
        }
    }

    private char next() {
        if (position >= json.length()) {
            throw problem("the object does not end");
        }
        return json.charAt(position++);
    }

    private char peek() {
        if (position >= json.length()) {
            throw problem("the object does not end");
        }
        return json.charAt(position);
    }

    private void skipWhitespace() {
        while (position < json.length() && Character.isWhitespace(json.charAt(position))) {
            position++;
        }
    }

    private IllegalArgumentException problem(String what) {
        return new IllegalArgumentException("not a JSON object of names and values at character " + (position + 1)
                + ": " + what);
    }
}
