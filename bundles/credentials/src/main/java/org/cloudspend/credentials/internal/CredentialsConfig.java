package org.cloudspend.credentials.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "cloudspend credentials",
        description = "cloudspend's own AWS identity (the principal that assumes customers' roles), the STS endpoint,"
                + " and the key that encrypts IAM-user access keys at rest.")
@interface CredentialsConfig {

    @AttributeDefinition(name = "cloudspend's AWS account id",
            description = "The account customers' trust policies name. Empty: asked of STS (GetCallerIdentity) with"
                    + " cloudspend's own credentials.")
    String own_account_id() default "";

    @AttributeDefinition(name = "Access key id",
            description = "cloudspend's own access key id. Empty: the host's default AWS credential chain"
                    + " (environment, ~/.aws, container or instance role).")
    String access_key_id() default "";

    @AttributeDefinition(name = "Secret access key", type = AttributeType.PASSWORD,
            description = "The secret of cloudspend's own access key; never shown or logged.")
    String secret_access_key() default "";

    @AttributeDefinition(name = "STS endpoint",
            description = "Empty for AWS's regional STS endpoint of the region below; a URL for a private endpoint"
                    + " or a test stub.")
    String sts_endpoint() default "";

    @AttributeDefinition(name = "STS region")
    String sts_region() default "us-east-1";

    @AttributeDefinition(name = "Session duration (seconds)",
            description = "How long an assumed-role session lasts (900 to the role's maximum); it is refreshed five"
                    + " minutes before it ends.")
    int session_duration_seconds() default 3600;

    @AttributeDefinition(name = "Encryption key file",
            description = "The AES key that encrypts IAM-user keys in the database; created on first use, readable by"
                    + " its owner only. Relative paths are under Karaf's etc folder. Back it up apart from the database:"
                    + " without it stored keys cannot be read.")
    String key_file() default "cloudspend/credentials.key";
}
