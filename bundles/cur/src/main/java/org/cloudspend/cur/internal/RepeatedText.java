package org.cloudspend.cur.internal;

import java.nio.charset.CharacterCodingException;
import java.util.Arrays;

/**
 * Distinct text values, found again by their bytes: a CSV column whose values repeat (an account, a service, a usage
 * type), or all the tag and cost category values together, gets one String per distinct value instead of one per row,
 * and whoever takes the line items compares and hashes the same few Strings. A table that turns out to hold more than
 * {@link #LIMIT} distinct values keeps those it has and decodes the others as they come.
 */
final class RepeatedText {

    static final int LIMIT = 1 << 14;

    private int[] hashes = new int[1 << 6];
    private byte[][] bytes = new byte[1 << 6][];
    private String[] texts = new String[1 << 6];
    private int count;

    /** @throws CharacterCodingException when the bytes are not UTF-8 */
    String text(byte[] buf, int offset, int length) throws CharacterCodingException {
        int hash = BytesHash.of(buf, offset, length);
        int mask = texts.length - 1;
        int slot = hash & mask;
        for (byte[] known; (known = bytes[slot]) != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && Arrays.equals(known, 0, known.length, buf, offset, offset + length)) {
                return texts[slot];
            }
        }
        String text = Utf8Text.decode(buf, offset, length);
        if (count < LIMIT) {
            hashes[slot] = hash;
            bytes[slot] = Arrays.copyOfRange(buf, offset, offset + length);
            texts[slot] = text;
            if (2 * ++count > texts.length) {
                grow();
            }
        }
        return text;
    }

    private void grow() {
        int[] oldHashes = hashes;
        byte[][] oldBytes = bytes;
        String[] oldTexts = texts;
        hashes = new int[oldHashes.length * 2];
        bytes = new byte[oldBytes.length * 2][];
        texts = new String[oldTexts.length * 2];
        int mask = texts.length - 1;
        for (int old = 0; old < oldBytes.length; old++) {
            if (oldBytes[old] != null) {
                int slot = oldHashes[old] & mask;
                while (bytes[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = oldHashes[old];
                bytes[slot] = oldBytes[old];
                texts[slot] = oldTexts[old];
            }
        }
    }
}
