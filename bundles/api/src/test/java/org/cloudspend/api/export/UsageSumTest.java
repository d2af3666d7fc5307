package org.cloudspend.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UsageSumTest {

    @Test
    void sumsAreExactAndWrittenPlain() {
        assertEquals("0", sum());
        assertEquals("0", sum("", "0", "0.000"));
        assertEquals("2.500000000000000003", sum("0.000000000000000001", "2.5", "0.000000000000000002"));
        assertEquals("0.75", sum("1", "-0.25"));
        assertEquals("-0.75", sum("-1", "0.25"));
        assertEquals("-1.5", sum("-1", "-0.5"));
        assertEquals("0", sum("0.1", "-0.1"));
        assertEquals("-0.000000000000000001", sum("-0.000000000000000001"));
        assertEquals("12", sum("10", "2"));
    }

    @Test
    void whatTheLongsCannotHoldIsCarried() {
        assertEquals("18446744073709551614", sum("9223372036854775807", "9223372036854775807"));
        assertEquals("0.0000000000000000001", sum("0.0000000000000000001"));
        assertEquals("123456789012345678901.5", sum("123456789012345678901", "0.5"));
    }

    @Test
    void anyMixOfSignsAndDigitsSumsAsBigDecimalDoes() {
        Random random = new Random(19);
        for (int run = 0; run < 2_000; run++) {
            UsageSum sum = new UsageSum();
            BigDecimal expected = BigDecimal.ZERO;
            for (int i = 0; i < 1 + random.nextInt(6); i++) {
                BigDecimal amount = BigDecimal.valueOf(random.nextLong() % 1_000_000_000_000L, random.nextInt(19));
                sum.add(amount.toPlainString());
                expected = expected.add(amount);
            }
            String text = expected.signum() == 0 ? "0" : expected.stripTrailingZeros().toPlainString();
            assertEquals(text, sum.toPlainString());
        }
    }

    private static String sum(String... amounts) {
        UsageSum sum = new UsageSum();
        for (String amount : amounts) {
            sum.add(amount);
        }
        return sum.toPlainString();
    }
}
