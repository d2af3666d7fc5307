package org.cloudspend.api.export;

import java.util.Currency;
import java.util.Locale;

/** The currencies people name (a customer's, a budget's): ISO 4217 codes only. */
public final class CurrencyCode {

    private CurrencyCode() {
    }

    /** The code in capitals, or an error that says what a code looks like. */
    public static String check(String code) {
        try {
            return Currency.getInstance(code.trim().toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency code (USD, EUR, ...)", e);
        }
    }
}
