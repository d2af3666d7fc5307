package org.cloudspend.stubs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What Data Exports, Cost and Usage Reports and Organizations know about one AWS account. */
public final class BillingAccount {

    /** A Data Exports export; {@code table} is what its query reads, e.g. COST_AND_USAGE_REPORT. */
    public record Export(String name, String table, String bucket, String prefix, String region, String format,
            String compression, String overwrite, String status) {
    }

    /** A legacy Cost and Usage Report definition. */
    public record Report(String name, String format, String compression, String bucket, String prefix, String region,
            String versioning) {
    }

    public record Member(String id, String name, String status) {
    }

    final String accountId;
    final Map<String, Export> exports = new LinkedHashMap<>();
    final Map<String, Report> reports = new LinkedHashMap<>();
    String organizationMaster;
    final List<Member> members = new ArrayList<>();

    BillingAccount(String accountId) {
        this.accountId = accountId;
    }

    public synchronized BillingAccount export(Export export) {
        exports.put(export.name(), export);
        return this;
    }

    public synchronized BillingAccount report(Report report) {
        reports.put(report.name(), report);
        return this;
    }

    /** Makes this account a member (or, when master is itself, the management account) of an organization. */
    public synchronized BillingAccount organization(String masterAccountId, List<Member> accounts) {
        organizationMaster = masterAccountId;
        members.clear();
        members.addAll(accounts);
        return this;
    }

    String exportArn(String name) {
        return "arn:aws:bcm-data-exports:us-east-1:" + accountId + ":export/" + name
                + "-0e0c1f2a-5b6c-4d7e-8f90-a1b2c3d4e5f6";
    }
}
