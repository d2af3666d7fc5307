package org.cloudspend.api.account;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IAM role's ARN, {@code arn:aws:iam::123456789012:role/cloudspend-billing-reader} (also in the China and GovCloud
 * partitions): the one place that reads one.
 *
 * @param value the ARN as given
 * @param accountId the AWS account the role belongs to
 * @param roleName the role's name, with its path
 */
public record RoleArn(String value, AwsAccountId accountId, String roleName) {

    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws(?:-cn|-us-gov)?:iam::(\\d{12}):role/([\\w+=,.@/-]+)");

    public RoleArn {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(roleName, "roleName");
    }

    /**
     * @throws IllegalArgumentException when the text is not an IAM role's ARN, saying what one looks like
     */
    public static RoleArn parse(String text) {
        Matcher arn = ROLE_ARN.matcher(text.trim());
        if (!arn.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an IAM role ARN: it looks like"
                    + " arn:aws:iam::123456789012:role/cloudspend-billing-reader");
        }
        return new RoleArn(text.trim(), new AwsAccountId(arn.group(1)), arn.group(2));
    }

    @Override
    public String toString() {
        return value;
    }
}
