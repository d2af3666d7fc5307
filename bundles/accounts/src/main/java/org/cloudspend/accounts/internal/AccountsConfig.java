package org.cloudspend.accounts.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "cloudspend accounts",
        description = "How cloudspend integrates AWS accounts and which AWS endpoints validation calls.")
@interface AccountsConfig {

    @AttributeDefinition(name = "Allow new IAM-user integrations",
            description = "IAM-user access keys are kept for existing accounts only; new accounts use a role with an"
                    + " External ID. Set to true only where a role is impossible.")
    boolean allow_new_iam_user_access() default false;

    @AttributeDefinition(name = "Region of the billing APIs",
            description = "Data Exports, Cost and Usage Reports and Organizations live in us-east-1 (cn-northwest-1 in"
                    + " China).")
    String billing_api_region() default "us-east-1";

    @AttributeDefinition(name = "Data Exports endpoint", description = "Empty for AWS's; a URL for a test stub.")
    String data_exports_endpoint() default "";

    @AttributeDefinition(name = "Cost and Usage Reports endpoint", description = "Empty for AWS's.")
    String cur_endpoint() default "";

    @AttributeDefinition(name = "Organizations endpoint", description = "Empty for AWS's.")
    String organizations_endpoint() default "";

    @AttributeDefinition(name = "S3 endpoint",
            description = "Empty for AWS's regional endpoints; a URL for an S3-compatible server.")
    String s3_endpoint() default "";

    @AttributeDefinition(name = "S3 path-style access",
            description = "Address buckets as a path (needed by most S3-compatible servers).")
    boolean s3_path_style() default false;
}
