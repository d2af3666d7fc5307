package org.cloudspend.rest.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
        Body.only(body, FIELDS, "an account");
        java.util.function.Function<String, String> field = name -> Body.text(body, name);
        return new AccountSettings(field.apply("name"), field.apply("roleArn"), field.apply("externalId"),
                field.apply("pending"), field.apply("accessKeyId"), field.apply("localFolder"),
                field.apply("accountNumber"), field.apply("accountType"), field.apply("exportType"),
                field.apply("exportName"), field.apply("format"), field.apply("bucket"), field.apply("prefix"),
                field.apply("region"));
    }

    /** IAM-user keys: the key id with its secret, both or neither. */
    static Optional<AccessKeys> accessKeys(ObjectNode body) {
        String keyId = Body.text(body, "accessKeyId");
        String secret = Body.text(body, "secretAccessKey");
        if (keyId == null && secret == null) {
            return Optional.empty();
        }
        if (keyId == null || secret == null) {
            throw Problem.badRequest(keyId == null ? "accessKeyId" : "secretAccessKey",
                    "IAM-user access needs accessKeyId and secretAccessKey together");
        }
        return Optional.of(new AccessKeys(keyId.trim(), secret.trim()));
    }
}
