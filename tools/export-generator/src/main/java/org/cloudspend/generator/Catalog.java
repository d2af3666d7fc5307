package org.cloudspend.generator;

import java.util.List;
import java.util.Map;

/** The services, regions and tags synthetic line items are drawn from: realistic names and cardinalities. */
final class Catalog {

    record Region(String code, String location, String zones) {
    }

    record Service(String productCode, String productName, List<String> usageTypes, List<String> operations,
            String unit, boolean regional, String resourcePrefix) {
    }

    static final List<Region> REGIONS = List.of(
            new Region("us-east-1", "US East (N. Virginia)", "abcdef"),
            new Region("us-east-2", "US East (Ohio)", "abc"),
            new Region("us-west-2", "US West (Oregon)", "abcd"),
            new Region("eu-west-1", "EU (Ireland)", "abc"),
            new Region("eu-central-1", "EU (Frankfurt)", "abc"),
            new Region("ap-southeast-2", "Asia Pacific (Sydney)", "abc"),
            new Region("ap-northeast-1", "Asia Pacific (Tokyo)", "acd"),
            new Region("sa-east-1", "South America (Sao Paulo)", "ac"));

    static final List<Service> SERVICES = List.of(
            new Service("AmazonEC2", "Amazon Elastic Compute Cloud",
                    List.of("BoxUsage:t3.micro", "BoxUsage:m5.large", "BoxUsage:c6i.xlarge", "EBS:VolumeUsage.gp3",
                            "DataTransfer-Out-Bytes", "NatGateway-Hours"),
                    List.of("RunInstances", "CreateVolume-Gp3", "NatGateway"), "Hrs", true, "i-"),
            new Service("AmazonS3", "Amazon Simple Storage Service",
                    List.of("TimedStorage-ByteHrs", "Requests-Tier1", "Requests-Tier2", "DataTransfer-Out-Bytes"),
                    List.of("StandardStorage", "PutObject", "GetObject"), "GB-Mo", true, "bucket-"),
            new Service("AmazonRDS", "Amazon Relational Database Service",
                    List.of("InstanceUsage:db.r6g.large", "RDS:GP3-Storage", "Aurora:StorageIOUsage"),
                    List.of("CreateDBInstance:0014", "CreateDBInstance:0016"), "Hrs", true, "arn:aws:rds:db:"),
            new Service("AWSLambda", "AWS Lambda", List.of("Lambda-GB-Second", "Request"),
                    List.of("Invoke"), "Lambda-GB-Second", true, "arn:aws:lambda:function:"),
            new Service("AmazonDynamoDB", "Amazon DynamoDB",
                    List.of("ReadCapacityUnit-Hrs", "WriteCapacityUnit-Hrs", "TimedStorage-ByteHrs"),
                    List.of("CommittedThroughput", "PayPerRequestThroughput"), "ReadCapacityUnit-Hrs", true,
                    "arn:aws:dynamodb:table/"),
            new Service("AmazonCloudWatch", "AmazonCloudWatch", List.of("CW:MetricMonitorUsage", "DataProcessing-Bytes"),
                    List.of("MetricStorage", "PutLogEvents"), "Metrics", true, "arn:aws:logs:log-group:"),
            new Service("AmazonEKS", "Amazon Elastic Container Service for Kubernetes", List.of("AmazonEKS-Hours:perCluster"),
                    List.of("CreateOperation"), "Hours", true, "arn:aws:eks:cluster/"),
            new Service("AmazonElastiCache", "Amazon ElastiCache", List.of("NodeUsage:cache.r6g.large"),
                    List.of("CreateCacheCluster:0002"), "Hrs", true, "arn:aws:elasticache:cluster:"),
            new Service("AmazonCloudFront", "Amazon CloudFront", List.of("DataTransfer-Out-Bytes", "Requests-HTTPS"),
                    List.of("GET"), "GB", false, "E"),
            new Service("AmazonRoute53", "Amazon Route 53", List.of("HostedZone", "DNS-Queries"),
                    List.of("Queries"), "HostedZone", false, "/hostedzone/"),
            new Service("AWSKMS", "AWS Key Management Service", List.of("KMS-Keys", "KMS-Requests"),
                    List.of("CreateKey"), "Keys", true, "arn:aws:kms:key/"),
            new Service("AmazonVPC", "Amazon Virtual Private Cloud", List.of("VpcEndpoint-Hours", "PublicIPv4:InUseAddress"),
                    List.of("VpcEndpoint"), "Hrs", true, "vpce-"));

    /** User tag keys as people write them; CostCenter and cost-center meet in one canonical key, as AWS merges them. */
    static final List<String> USER_TAG_KEYS = List.of("CostCenter", "Environment", "Owner", "Project", "team:name",
            "Environment-type", "CreatedBy", "cost-center", "app");

    static final List<String> SYSTEM_TAG_KEYS = List.of("aws:createdBy", "aws:cloudformation:stack-name",
            "aws:autoscaling:groupName");

    /** Both spellings of the cost center key take the same values: they merge into one canonical key. */
    private static final List<String> COST_CENTERS = List.of("1001", "1002", "2040", "3100", "4200");

    /** The values each tag key takes, as teams set them (an environment is prod, staging or dev, never alice). */
    static final Map<String, List<String>> TAG_VALUES = Map.ofEntries(
            Map.entry("CostCenter", COST_CENTERS),
            Map.entry("cost-center", COST_CENTERS),
            Map.entry("Environment", List.of("prod", "staging", "dev")),
            Map.entry("Environment-type", List.of("production", "non-production")),
            Map.entry("Owner", List.of("alice", "bob", "carol", "dave")),
            Map.entry("CreatedBy", List.of("terraform", "ci-pipeline", "alice", "bob")),
            Map.entry("Project", List.of("checkout", "search", "ml-training", "billing", "web")),
            Map.entry("app", List.of("web", "api", "worker", "checkout")),
            Map.entry("team:name", List.of("team one", "platform", "data", "ops")),
            Map.entry("aws:createdBy", List.of("IAMUser:alice", "AssumedRole:ci-deployer")),
            Map.entry("aws:cloudformation:stack-name", List.of("web-stack", "data-pipeline", "network")),
            Map.entry("aws:autoscaling:groupName", List.of("web-asg", "worker-asg")));

    static final List<String> COST_CATEGORY_VALUES = List.of("Engineering", "Marketing", "Shared");

    private Catalog() {
    }
}
