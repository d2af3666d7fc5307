package org.cloudspend.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import org.cloudspend.api.account.AccountSettings;
import org.cloudspend.api.credentials.AccessKeys;

/** An account's settings as the API's JSON body names them; an unknown field is refused, not ignored. */
final class AccountBody {

    static final Set<String> FIELDS = Set.of("id", "name", "roleArn", "externalId", "pending", "accessKeyId",
            "secretAccessKey", "localFolder", "accountNumber", "accountType", "exportType", "exportName", "format",
            "bucket", "prefix", "region");

    private AccountBody() {
    }

    static AccountSettings settings(ObjectNode body) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw Problem.badRequest(name, "Unknown field '" + name + "'; an account takes " + String.join(", ",
                        new java.util.TreeSet<>(FIELDS)));
            }
        }
        return new AccountSettings(text(body, "name"), text(body, "roleArn"), text(body, "externalId"),
                text(body, "pending"), text(body, "accessKeyId"), text(body, "localFolder"),
                text(body, "accountNumber"), text(body, "accountType"), text(body, "exportType"),
                text(body, "exportName"), text(body, "format"), text(body, "bucket"), text(body, "prefix"),
                text(body, "region"));
    }

    /** IAM-user keys: the key id with its secret, both or neither. */
    static Optional<AccessKeys> accessKeys(ObjectNode body) {
        String keyId = text(body, "accessKeyId");
        String secret = text(body, "secretAccessKey");
        if (keyId == null && secret == null) {
            return Optional.empty();
        }
        if (keyId == null || secret == null) {
            throw Problem.badRequest(keyId == null ? "accessKeyId" : "secretAccessKey",
                    "IAM-user access needs accessKeyId and secretAccessKey together");
        }
        return Optional.of(new AccessKeys(keyId.trim(), secret.trim()));
    }

    /** A text field; absent, null or empty is not given. */
    static String text(ObjectNode body, String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw Problem.badRequest(name, name + " is text, not " + value.getNodeType().name().toLowerCase(
                    java.util.Locale.ROOT));
        }
        return value.asText().isBlank() ? null : value.asText();
    }
}
