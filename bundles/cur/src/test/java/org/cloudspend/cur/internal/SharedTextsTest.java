package org.cloudspend.cur.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SharedTextsTest {

    private final SharedTexts texts = new SharedTexts();

    @Test
    void equalTextsBecomeTheFirstOfThem() {
        String first = texts.shared(new String("AmazonEC2"));
        assertSame(first, texts.shared(new String("AmazonEC2")));
        assertEquals("AmazonS3", texts.shared("AmazonS3"));
    }

    @Test
    void textsBeyondTheLimitAreHandedBackAsTheyAre() {
        for (int i = 0; i < RepeatedText.LIMIT; i++) {
            texts.shared("value-" + i);
        }
        String kept = texts.shared(new String("value-7"));
        assertSame(kept, texts.shared(new String("value-7")));
        String late = new String("value-late");
        assertSame(late, texts.shared(late));
        assertNotSame(late, texts.shared(new String("value-late")), "not kept: each is its own");
    }
}
