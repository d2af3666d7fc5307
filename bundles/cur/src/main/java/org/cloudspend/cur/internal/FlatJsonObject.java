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
    /** The bytes of one of JSON's quotes: 2 where they come doubled, as inside a quoted CSV field. */
    private final int quote;
    private final RepeatedText values;
    private int position;

    private FlatJsonObject(byte[] json, int offset, int length, boolean doubledQuotes, RepeatedText values) {
        this.json = json;
        this.offset = offset;
        this.end = offset + length;
        this.quote = doubledQuotes ? 2 : 1;
        this.values = values;
        this.position = offset;
    }

    /**
     * Passes every name, as {@code names} makes it, and value to the consumer; no bytes are an empty object.
     *
     * @throws IllegalArgumentException naming the byte where the text stops being such an object, or is not UTF-8
     */
    static void forEach(byte[] json, int offset, int length, Names names, BiConsumer<String, String> consumer) {
        forEach(json, offset, length, false, names, consumer);
    }

    /**
     * The same, where {@code doubledQuotes} says every quote of the JSON text is written twice: the text of a quoted
     * CSV field as it stands in the file, read without first copying it to undo the doubling.
     */
    static void forEach(byte[] json, int offset, int length, boolean doubledQuotes, Names names,
            BiConsumer<String, String> consumer) {
        forEach(json, offset, length, doubledQuotes, names, null, consumer);
    }

    /**
     * The same, where text values without escapes are taken from {@code values} (null: decoded anew), so that a value
     * met again is the same String.
     */
    static void forEach(byte[] json, int offset, int length, boolean doubledQuotes, Names names,
            RepeatedText values, BiConsumer<String, String> consumer) {
        if (length == 0) {
            return;
        }
        FlatJsonObject object = new FlatJsonObject(json, offset, length, doubledQuotes, values);
        object.read(names, consumer);
        object.end();
    }

    /**
     * Reads a map from a quoted CSV field where it stands among the bytes that follow it, its quotes doubled, without
     * knowing first where the field ends: passes on every name and value as {@link #forEach} does and returns where
     * the object's text ends (after any whitespace), which is where the field's closing quote should be. Every quote
     * it reads must be one of a doubled pair, so it never reads past a lone quote: the field's end.
     *
     * @param limit where the bytes at hand end
     * @throws IllegalArgumentException when the text is no such object, or does not end before {@code limit}
     */
    static int readInPlace(byte[] buf, int offset, int limit, Names names, RepeatedText values,
            BiConsumer<String, String> consumer) {
        FlatJsonObject object = new FlatJsonObject(buf, offset, limit - offset, true, values);
        object.read(names, consumer);
        object.skipWhitespace();
        return object.position;
    }

    private void read(Names names, BiConsumer<String, String> consumer) {
        skipWhitespace();
        expect('{');
        skipWhitespace();
        if (peek() == '}') {
            position++;
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
                return;
            }
            if (next != ',') {
                throw problem("',' or '}' expected");
            }
        }
    }

    private String name(Names names) {
        expectQuote();
        int start = position;
        int close = closingQuote();
        if (close >= 0) {
            position = close + quote;
            return names.fromBytes(json, start, close - start);
        }
        position = start - quote;
        return names.fromText(string());
    }

    private String value() {
        byte c = peek();
        if (c == '"') {
            return string();
        }
        // numbers, booleans and null
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

    /** Whether a number, boolean or null ends before this byte; a quote ends it too, being no part of one. */
    private static boolean endsLiteral(byte b) {
        return b == ',' || b == '}' || b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '"';
    }

    /** Where the string starting at {@code position} ends, when it has no escapes; else -1. */
    private int closingQuote() {
        for (int i = position; i < end; i++) {
            byte b = json[i];
            if (b == '"') {
                if (i + quote > end) {
                    break;
                }
                checkDoubled(i);
                return i;
            }
            if (b == '\\') {
                return -1;
            }
        }
        throw problem("the text does not end");
    }

    private String string() {
        expectQuote();
        int close = closingQuote();
        if (close >= 0) {
            String text = utf8(position, close, values);
            position = close + quote;
            return text;
        }
        StringBuilder text = new StringBuilder();
        int start = position;
        while (true) {
            if (position + quote > end) {
                throw problem("the text does not end");
            }
            byte b = json[position++];
            if (b == '"') {
                checkDoubled(position - 1);
                position += quote - 1;
                return text.append(utf8(start, position - quote)).toString();
            }
            if (b == '\\') {
                text.append(utf8(start, position - 1)).append(escaped());
                start = position;
            }
        }
    }

    /**
     * Where quotes come doubled, that the quote at {@code at} is followed by its twin: a lone quote ends the CSV field
     * the text is in.
     */
    private void checkDoubled(int at) {
        if (quote == 2 && json[at + 1] != '"') {
            position = at;
            throw problem("a quote is not doubled");
        }
    }

    private void expectQuote() {
        expect('"');
        if (quote == 2) {
            expect('"');
        }
    }

    /** The bytes as text, which must be UTF-8. */
    private String utf8(int from, int to) {
        return utf8(from, to, null);
    }

    /** The same, from {@code known} when given: the same String as before for bytes met already. */
    private String utf8(int from, int to, RepeatedText known) {
        try {
            return known != null ? known.text(json, from, to - from) : Utf8Text.decode(json, from, to - from);
        } catch (CharacterCodingException e) {
            position = from;
            throw problem("the text is not UTF-8");
        }
    }

    private char escaped() {
        byte c = next();
        if (c == '"') {
            if (position + quote - 1 > end) {
                throw problem("the text does not end");
            }
            checkDoubled(position - 1);
            position += quote - 1;
        }
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
