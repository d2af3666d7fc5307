package org.cloudspend.api.credentials;

import java.util.Objects;
import java.util.regex.Pattern;

/** An IAM user's access key pair, on its way to the credential provider. {@link #toString()} never shows the secret. */
public record AccessKeys(String accessKeyId, String secretAccessKey) {

    private static final Pattern KEY_ID = Pattern.compile("[A-Z0-9]{16,128}");

    public AccessKeys {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        if (!KEY_ID.matcher(accessKeyId).matches()) {
            throw new IllegalArgumentException("An access key id has 16 to 128 upper-case letters and digits");
        }
        if (secretAccessKey.isBlank()) {
            throw new IllegalArgumentException("The secret access key is empty");
        }
    }

    /** The key id with all but its last four characters masked, for display. */
    public String maskedKeyId() {
        int shown = Math.max(0, accessKeyId.length() - 4);
        return "*".repeat(shown) + accessKeyId.substring(shown);
    }

    @Override
    public String toString() {
        return "AccessKeys[" + maskedKeyId() + ", secret hidden]";
    }
}
