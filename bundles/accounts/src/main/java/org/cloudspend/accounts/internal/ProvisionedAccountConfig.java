package org.cloudspend.accounts.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

@ObjectClassDefinition(name = "cloudspend account (declared in a file)",
        description = "An account declared by a factory configuration (etc/org.cloudspend.account-<name>.cfg) instead"
                + " of cloudspend:account-add: integrated and validated when the file appears or changes, removed when"
                + " it is deleted. The same rules apply as in the shell (a role needs an External ID issued by"
                + " cloudspend:external-id).")
@interface ProvisionedAccountConfig {

    @AttributeDefinition(name = "Account id", description = "cloudspend's id for the account")
    String account_id();

    @AttributeDefinition(name = "Display name")
    String display_name();

    @AttributeDefinition(name = "AWS account id", description = "12 digits (taken from the role ARN when empty)")
    String aws_account_id() default "";

    @AttributeDefinition(name = "Access", options = {@Option(value = "role"), @Option(value = "local")},
            description = "role: assume role.arn with external.id; local: read a local copy of the bucket (bucket is"
                    + " then its folder)")
    String access_type() default "role";

    @AttributeDefinition(name = "Role ARN")
    String role_arn() default "";

    @AttributeDefinition(name = "External ID")
    String external_id() default "";

    @AttributeDefinition(name = "Account type", options = {@Option(value = "payer"), @Option(value = "linked")})
    String account_type() default "payer";

    @AttributeDefinition(name = "Export type", options = {@Option(value = "cur2"), @Option(value = "legacy")})
    String export_type() default "cur2";

    @AttributeDefinition(name = "Export name")
    String export_name();

    @AttributeDefinition(name = "Format", options = {@Option(value = "parquet"), @Option(value = "csv")})
    String format() default "parquet";

    @AttributeDefinition(name = "Bucket", description = "The export's S3 bucket, or for local access its folder"
            + " (relative to Karaf's base folder)")
    String bucket();

    @AttributeDefinition(name = "Prefix")
    String prefix() default "";

    @AttributeDefinition(name = "Region")
    String region() default "us-east-1";
}
