package org.cloudspend.cur.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes that must be UTF-8, as text. Valid UTF-8 takes the JDK's fast path; only text that then shows a replacement
 * character is decoded again strictly, to tell a real U+FFFD from bytes that are not UTF-8.
 */
final class Utf8Text {

    private Utf8Text() {
    }

    /** @throws CharacterCodingException when the bytes are not UTF-8 */
    static String decode(byte[] buf, int offset, int length) throws CharacterCodingException {
        String text = new String(buf, offset, length, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(buf, offset, length)).toString();
    }
}
