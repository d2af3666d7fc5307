package org.cloudspend.cur.internal;

import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * The canonical form of a map column's names (tag keys, cost categories), remembered by their bytes: a month has a few
 * dozen distinct names, each in most rows, so nearly every name is found here, compared byte by byte, with no String
 * made and nothing normalized.
 */
final class CanonicalNames implements FlatJsonObject.Names {

    private static final int SLOTS = 1024;

    private final UnaryOperator<String> canonical;
    private final byte[][] names = new byte[SLOTS][];
    private final String[] canonicalNames = new String[SLOTS];

    /** @param canonical the canonical form of a name, computed once per distinct name */
    CanonicalNames(UnaryOperator<String> canonical) {
        this.canonical = canonical;
    }

    @Override
    public String fromBytes(byte[] buf, int offset, int length) {
        int slot = BytesHash.of(buf, offset, length) & (SLOTS - 1);
        byte[] known = names[slot];
        if (known != null && Arrays.equals(known, 0, known.length, buf, offset, offset + length)) {
            return canonicalNames[slot];
        }
        String name;
        try {
            name = Utf8Text.decode(buf, offset, length);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not a JSON object of names and values: a name is not UTF-8");
        }
        String result = canonical.apply(name);
        names[slot] = Arrays.copyOfRange(buf, offset, offset + length);
        canonicalNames[slot] = result;
        return result;
    }

    @Override
    public String fromText(String name) {
        return canonical.apply(name);
    }
}
