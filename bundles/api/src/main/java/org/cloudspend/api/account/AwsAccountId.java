package org.cloudspend.api.account;

import java.util.regex.Pattern;

/** A 12-digit AWS account number. */
public record AwsAccountId(String value) {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    public AwsAccountId {
        if (value == null || !TWELVE_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("An AWS account id has exactly 12 digits, got '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
