package org.cloudspend.cur.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.cloudspend.api.export.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0, 0",
            "1, 10000000000",
            "-1, -10000000000",
            "+2.5, 25000000000",
            "0.00165303109242778, 16530311",
            "0.0000000000499, 0",
            "0.00000000005, 0",
            "0.00000000015, 2",
            "0.000000000250001, 3",
            "-0.00000000015, -2",
            "123456789.0123456789, 1234567890123456789",
            ".5, 5000000000",
            "7., 70000000000",
            "1.5E-7, 1500",
            "2e3, 20000000000000",
            "900000000, 9000000000000000000"
    })
    void readsExactlyAndRoundsHalfEven(String text, long scaled) {
        assertEquals(scaled, DecimalText.toScaled(text));
        assertEquals(Money.toScaled(new BigDecimal(text)), DecimalText.toScaled(text), "same as BigDecimal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "1.2.3", "abc", "1,5", "NaN", "12 "})
    void refusesWhatIsNoNumber(String text) {
        assertThrows(NumberFormatException.class, () -> DecimalText.toScaled(text));
    }

    @Test
    void refusesWhatDoesNotFit() {
        assertThrows(ArithmeticException.class, () -> DecimalText.toScaled("1000000000"));
        assertThrows(ArithmeticException.class, () -> DecimalText.toScaled("1e30"));
    }

    /** Plain text is passed on as it is: it must read as the same number, written as BigDecimal writes it. */
    @ParameterizedTest
    @ValueSource(strings = {"0", "12", "-12", "418.7503533", "-0.0000000001", "007.50"})
    void plainDecimalsAreTheirOwnPlainText(String text) {
        assertTrue(DecimalText.isPlain(text));
        assertEquals(0, new BigDecimal(text).compareTo(new BigDecimal(new BigDecimal(text).toPlainString())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".5", "12.", "+3", "1e5", "1.5E-7", "1.2.3", "1,5", " 1", "1 ", "--1", "0x1F"})
    void anythingElseIsNotPlain(String text) {
        assertFalse(DecimalText.isPlain(text));
    }

    @Test
    void aLineItemsUsageTextIsPlainWhateverTheFileWrote() {
        ParsedLineItem item = new ParsedLineItem();
        for (String[] written : new String[][] {{"418.7503533", "418.7503533"}, {"1.5E-7", "0.00000015"},
                {"+3", "3"}, {".5", "0.5"}, {"", "0"}, {"0E-10", "0"}}) {
            item.usageAmountText = written[0];
            assertEquals(written[1], item.usageAmountText(), written[0]);
        }
    }

    @Test
    void tellsDecimalsWithoutParsing() {
        assertTrue(DecimalText.isDecimal("1.25"));
        assertTrue(DecimalText.isDecimal("-3E+5"));
        assertTrue(DecimalText.isDecimal("0.0001"));
        assertFalse(DecimalText.isDecimal("1e"));
        assertFalse(DecimalText.isDecimal("twelve"));
        assertFalse(DecimalText.isDecimal("1.2.3"));
    }
}
