package org.cloudspend.api.account;

import java.util.regex.Pattern;

/**
 * The External ID a customer's role trust policy requires in {@code sts:ExternalId}. Not a secret, but random and unique
 * per integration so that nobody else can make cloudspend assume that role (the confused-deputy problem).
 */
public record ExternalId(String value) {

    /** AWS's rule: 2 to 1224 characters of letters, digits and {@code +=,.@:/-_}. */
    private static final Pattern ALLOWED = Pattern.compile("[\\w+=,.@:/-]{2,1224}");

    public ExternalId {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "An External ID has 2 to 1224 characters of letters, digits and +=,.@:/-_");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
