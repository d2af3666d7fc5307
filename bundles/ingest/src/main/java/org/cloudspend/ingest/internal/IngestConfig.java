package org.cloudspend.ingest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "cloudspend ingest",
        description = "How often cloudspend looks for new billing export deliveries and how it loads them.")
@interface IngestConfig {

    @AttributeDefinition(name = "Check interval (minutes)",
            description = "How often every account's export is looked at; AWS delivers a few times a day.")
    int check_interval_minutes() default 60;

    @AttributeDefinition(name = "First check delay (seconds)",
            description = "How long after start (or after an account is added) its first check runs.")
    int first_check_delay_seconds() default 10;

    @AttributeDefinition(name = "Account sync interval (seconds)",
            description = "How often the routes are matched to the integrated accounts (added, changed, removed).")
    int account_sync_seconds() default 15;

    @AttributeDefinition(name = "Concurrent loads",
            description = "At most this many deliveries load at once, whatever the number of accounts.")
    int max_concurrent_loads() default 2;

    @AttributeDefinition(name = "Days without a delivery",
            description = "An account whose newest delivery is older than this is a configuration error"
                    + " (NO_DELIVERY).")
    int no_delivery_days() default 3;

    @AttributeDefinition(name = "Download attempts",
            description = "A data file whose download breaks is fetched again this many times in all, with growing"
                    + " pauses, before the load gives up (leaving the period's previous data).")
    int download_attempts() default 4;

    @AttributeDefinition(name = "S3 endpoint",
            description = "Empty for AWS's regional endpoints; a URL for an S3-compatible server.")
    String s3_endpoint() default "";

    @AttributeDefinition(name = "S3 path-style access")
    boolean s3_path_style() default false;

    @AttributeDefinition(name = "Route files folder",
            description = "YAML (.yaml, .yml) or XML route files dropped here are loaded into cloudspend's"
                    + " CamelContext, reloaded when they change and removed when deleted; relative paths are under"
                    + " Karaf's etc folder. Every property of this configuration is available to them as {{key}}.")
    String routes_folder() default "cloudspend/routes";

    @AttributeDefinition(name = "Route files scan (seconds)")
    int routes_scan_seconds() default 5;

    @AttributeDefinition(name = "Work folder",
            description = "Where data files are downloaded while they load (one delivery's files at most per load);"
                    + " relative paths are under Karaf's data folder.")
    String work_folder() default "cloudspend/ingest";
}
