package org.cloudspend.cur.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RepeatedTextTest {

    private final RepeatedText column = new RepeatedText();

    @Test
    void aRepeatedValueIsOneStringWhereverItsBytesAre() throws CharacterCodingException {
        byte[] row1 = "x,AmazonEC2,y".getBytes(StandardCharsets.UTF_8);
        byte[] row2 = "AmazonEC2,AmazonS3".getBytes(StandardCharsets.UTF_8);
        String first = column.text(row1, 2, 9);
        assertEquals("AmazonEC2", first);
        assertSame(first, column.text(row2, 0, 9));
        assertEquals("AmazonS3", column.text(row2, 10, 8));
        assertEquals("AmazonEC", column.text(row2, 0, 8), "a prefix of a known value is a value of its own");
    }

    @Test
    void textThatIsNotUtf8IsRefusedEveryTime() throws CharacterCodingException {
        byte[] latin1 = "Zürich".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(CharacterCodingException.class, () -> column.text(latin1, 0, latin1.length));
        assertThrows(CharacterCodingException.class, () -> column.text(latin1, 0, latin1.length));
        byte[] utf8 = "Zürich".getBytes(StandardCharsets.UTF_8);
        assertEquals("Zürich", column.text(utf8, 0, utf8.length));
    }

    @Test
    void valuesBeyondTheLimitAreStillReadExactly() throws CharacterCodingException {
        String[] kept = new String[RepeatedText.LIMIT + 100];
        for (int i = 0; i < kept.length; i++) {
            byte[] value = ("usage-type-" + i).getBytes(StandardCharsets.UTF_8);
            kept[i] = column.text(value, 0, value.length);
            assertEquals("usage-type-" + i, kept[i]);
        }
        byte[] early = "usage-type-7".getBytes(StandardCharsets.UTF_8);
        assertSame(kept[7], column.text(early, 0, early.length));
        byte[] late = ("usage-type-" + (RepeatedText.LIMIT + 50)).getBytes(StandardCharsets.UTF_8);
        String again = column.text(late, 0, late.length);
        assertEquals(kept[RepeatedText.LIMIT + 50], again);
        assertNotSame(kept[RepeatedText.LIMIT + 50], again, "not kept: decoded anew");
    }
}
