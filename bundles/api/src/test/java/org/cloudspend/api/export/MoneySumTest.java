package org.cloudspend.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneySumTest {

    @Test
    void staysExactPastTheRangeOfALong() {
        MoneySum sum = new MoneySum();
        for (int i = 0; i < 3; i++) {
            sum.add(Long.MAX_VALUE);
        }
        sum.add(-1);
        sum.add(new BigDecimal("0.5"));
        assertEquals(new BigDecimal(Long.MAX_VALUE).multiply(BigDecimal.valueOf(3)).subtract(BigDecimal.ONE)
                .movePointLeft(10).add(new BigDecimal("0.5")).setScale(10), sum.total());
    }

    @Test
    void negativeAmountsToo() {
        MoneySum sum = new MoneySum();
        sum.add(Long.MIN_VALUE);
        sum.add(Long.MIN_VALUE);
        assertEquals(new BigDecimal(Long.MIN_VALUE).multiply(BigDecimal.valueOf(2)).movePointLeft(10), sum.total());
    }
}
