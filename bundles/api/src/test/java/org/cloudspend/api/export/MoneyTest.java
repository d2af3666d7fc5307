package org.cloudspend.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsTenDecimalsExactly() {
        assertEquals(16_530_311L, Money.toScaled(new BigDecimal("0.00165303109242778")));
        assertEquals(new BigDecimal("0.0016530311"), Money.fromScaled(16_530_311L));
        assertEquals(-12_345_000_000_000L, Money.toScaled(new BigDecimal("-1234.5")));
    }

    @Test
    void roundsHalfEven() {
        assertEquals(2L, Money.toScaled(new BigDecimal("0.00000000025")));
        assertEquals(4L, Money.toScaled(new BigDecimal("0.00000000035")));
    }

    @Test
    void refusesToOverflow() {
        assertThrows(ArithmeticException.class, () -> Money.toScaled(new BigDecimal("1e12")));
    }
}
