package org.cloudspend.cur.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BytesHashTest {

    @Test
    void dependsOnTheBytesAloneWhateverSurroundsThemOrEndsTheArray() {
        byte[] text = "us-east-1:BoxUsage:t3".getBytes(StandardCharsets.US_ASCII);
        for (int length = 0; length <= text.length; length++) {
            byte[] alone = Arrays.copyOf(text, length);
            byte[] amid = new byte[length + 20];
            Arrays.fill(amid, (byte) 'x');
            System.arraycopy(text, 0, amid, 7, length);
            assertEquals(BytesHash.of(alone, 0, length), BytesHash.of(amid, 7, length), "length " + length);
            assertEquals(BytesHash.of(alone, 0, length), BytesHash.of(text, 0, length), "length " + length);
        }
        // a trailing zero byte is a different value
        assertNotEquals(BytesHash.of(new byte[] {'a'}, 0, 1), BytesHash.of(new byte[] {'a', 0}, 0, 2));
    }
}
