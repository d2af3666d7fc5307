package org.cloudspend.cur.internal;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * Reads a flat JSON object of names and values, the way CUR 2.0 CSV files write their MAP columns
 * ({@code {"user_cost_center":"ops","aws_created_by":"..."}}), from its UTF-8 bytes and without building a tree or a
 * String of the whole object for every row. Values that are numbers or booleans are passed as their text; null values
 * are skipped.
 */
final class FlatJsonObject {

    /** What the object's names become: from their bytes when they have no escapes (the usual case), else their text. */
    interface Names {
        String fromBytes(byte[] buf, int offset, int length);

        String fromText(String name);
    }

    private final byte[] json;
    private final int offset;
    private final int end;
    private int position;

    private FlatJsonObject(byte[] json, int offset, int length) {
        this.json = json;
        this.offset = offset;
        this.end = offset + length;
        this.position = offset;
    }

    /**
     * Passes every name, as {@code names} makes it, and value to the consumer; no bytes are an empty object.
     *
     * @throws IllegalArgumentException naming the byte where the text stops being such an object, or is not UTF-8
     */
    static void forEach(byte[] json, int offset, int length, Names names, BiConsumer<String, String> consumer) {
        if (length == 0) {
            return;
        }
        new FlatJsonObject(json, offset, length).read(names, consumer);
    }

    private void read(Names names, BiConsumer<String, String> consumer) {
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
            String name = name(names);
            skipWhitespace();
            expect(':');
            skipWhitespace();
            String value = value();
            if (value != null) {
                consumer.accept(name, value);
            }
            skipWhitespace();
            byte next = next();
            if (next == '}') {
                end();
                return;
            }
            if (next != ',') {
                throw problem("',' or '}' expected");
            }
        }
    }

    private String name(Names names) {
        expect('"');
        int start = position;
        int close = closingQuote();
        if (close >= 0) {
            position = close + 1;
            return names.fromBytes(json, start, close - start);
        }
        position = start - 1;
        return names.fromText(string());
    }

    private String value() {
        byte c = peek();
        if (c == '"') {
            return string();
        }
        int start = position;
        while (position < end && !endsLiteral(json[position])) {
            position++;
        }
        String literal = new String(json, start, position - start, StandardCharsets.ISO_8859_1);
        if (literal.isEmpty() || literal.startsWith("{") || literal.startsWith("[")) {
            throw problem("a text, number, boolean or null value expected");
        }
        return literal.equals("null") ? null : literal;
    }

    private static boolean endsLiteral(byte b) {
        return b == ',' || b == '}' || b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    /** Where the string starting at {@code position} ends, when it has no escapes; else -1. */
    private int closingQuote() {
        for (int i = position; i < end; i++) {
            byte b = json[i];
            if (b == '"') {
                return i;
            }
            if (b == '\\') {
                return -1;
            }
        }
        throw problem("the text does not end");
    }

    private String string() {
        expect('"');
        int close = closingQuote();
        if (close >= 0) {
            String text = utf8(position, close);
            position = close + 1;
            return text;
        }
        StringBuilder text = new StringBuilder();
        int start = position;
        while (true) {
            if (position >= end) {
                throw problem("the text does not end");
            }
            byte b = json[position++];
            if (b == '"') {
                return text.append(utf8(start, position - 1)).toString();
            }
            if (b == '\\') {
                text.append(utf8(start, position - 1)).append(escaped());
                start = position;
            }
        }
    }

    /** The bytes as text, which must be UTF-8. */
    private String utf8(int from, int to) {
        try {
            return Utf8Text.decode(json, from, to - from);
        } catch (CharacterCodingException e) {
            position = from;
            throw problem("the text is not UTF-8");
        }
    }

    private char escaped() {
        byte c = next();
        return switch (c) {
            case '"', '\\', '/' -> (char) c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> {
                if (position + 4 > end) {
                    throw problem("a \\u escape needs four hex digits");
                }
                try {
                    char decoded = (char) Integer.parseInt(
                            new String(json, position, 4, StandardCharsets.ISO_8859_1), 16);
                    position += 4;
                    yield decoded;
                } catch (NumberFormatException e) {
                    throw problem("a \\u escape needs four hex digits");
                }
            }
            default -> throw problem("unknown escape \\" + (char) (c & 0xff));
        };
    }

    private void end() {
        skipWhitespace();
        if (position != end) {
            throw problem("text after the object");
        }
    }

    private void expect(char expected) {
        if (next() != expected) {
            position--;
            throw problem("'" + expected + "' expected");
        }
    }

    private byte next() {
        if (position >= end) {
            throw problem("the object does not end");
        }
        return json[position++];
    }

    private byte peek() {
        if (position >= end) {
            throw problem("the object does not end");
        }
        return json[position];
    }

    private void skipWhitespace() {
        while (position < end && (json[position] == ' ' || json[position] == '\t' || json[position] == '\r'
                || json[position] == '\n')) {
            position++;
        }
    }

    private IllegalArgumentException problem(String what) {
        return new IllegalArgumentException("not a JSON object of names and values at byte " + (position - offset + 1)
                + ": " + what);
    }
}
