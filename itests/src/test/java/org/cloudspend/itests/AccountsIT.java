package org.cloudspend.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cloudspend.itests.RunningAssembly.Result;
import org.cloudspend.stubs.BillingAccount;
import org.cloudspend.stubs.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The integration flow of the specification in the running assembly, through the shell as an operator runs it, against
 * the AWS stubs and S3Proxy: External ID, role documents, account-add, configuration errors raised and cleared, a
 * restart, delete. No secret may appear in any command output or in Karaf's log.
 */
class AccountsIT {

    private static final String PAYER = "210987654321";
    private static final String ROLE = "arn:aws:iam::" + PAYER + ":role/cloudspend-billing-reader";
    private static final String USER_KEY_ID = "ITESTLEGACYUSER00001";
    private static final String USER_SECRET = "itest-legacy-user-secret-value";

    private static RunningAssembly karaf;
    private final List<String> outputs = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        karaf = RunningAssembly.get();
        karaf.untilSucceeds("cloudspend:status");
        karaf.aws.account(PAYER)
                .export(new BillingAccount.Export("daily-costs", "COST_AND_USAGE_REPORT", "itest-billing", "cur2",
                        "us-east-1", "PARQUET", "PARQUET", "OVERWRITE_REPORT", "HEALTHY"))
                .organization(PAYER, List.of(new BillingAccount.Member(PAYER, "Payer", "ACTIVE"),
                        new BillingAccount.Member("210987654322", "Shop", "ACTIVE")));
        karaf.s3.bucket("itest-billing");
    }

    @Test
    void anOperatorIntegratesAPayerFixesItsErrorsAndRemovesIt() throws Exception {
        Result started = ok("cloudspend:external-id");
        String externalId = field(started, "External ID");
        String pending = field(started, "Pending integration");
        assertEquals(RunningAssembly.OWN_ACCOUNT, field(started, "Account ID"));
        assertTrue(externalId.matches("[A-Za-z0-9]{32}"), externalId);

        Path template = karaf.home.resolve("role-template.json");
        ok("cloudspend:cfn-template --pending " + pending + " -o " + template);
        assertTrue(Files.readString(template).contains("\"sts:ExternalId\" : \"" + externalId + "\""));
        assertTrue(ok("cloudspend:trust-policy").output().contains("arn:aws:iam::" + RunningAssembly.OWN_ACCOUNT
                + ":root"));
        assertTrue(ok("cloudspend:policy").output().contains("bcm-data-exports:GetExport"));

        // the customer creates the role from the template: trusting cloudspend's account with that External ID
        Role role = karaf.aws.role(ROLE, RunningAssembly.OWN_ACCOUNT, externalId)
                .s3Access(RunningAssembly.S3_KEY_ID, RunningAssembly.S3_SECRET);

        Result added = ok("cloudspend:account-add --name Payer --role-arn " + ROLE + " --external-id " + externalId
                + " --export-name daily-costs --bucket itest-billing --account-type payer payer");
        assertTrue(added.output().contains("every check passed"), added.output());
        assertTrue(added.output().contains("Linked accounts of the organization (2)"), added.output());
        assertTrue(added.output().contains("s3://itest-billing/cur2"), added.output());

        Path secretFile = karaf.home.resolve("legacy-user.secret");
        Files.writeString(secretFile, USER_SECRET + "\n");
        String addUser = "cloudspend:account-add --name Legacy --access-key-id " + USER_KEY_ID
                + " --secret-access-key-file " + secretFile + " --account-number 210987654399 --export-name x"
                + " --bucket b legacy";
        Result keys = run(addUser);
        assertEquals(1, keys.status(), keys.output());
        assertTrue(keys.output().contains("New integrations use an IAM role"), keys.output());
        // where an administrator allows them, the keys are taken, and logged nowhere (see the scan at the end)
        Path accountsConfig = karaf.home.resolve("etc/org.cloudspend.accounts.cfg");
        String config = Files.readString(accountsConfig);
        Files.writeString(accountsConfig, config + "\nallow.new.iam.user.access = true\n");
        Result allowed = run(addUser);
        for (int attempt = 0; allowed.output().contains("New integrations use an IAM role") && attempt < 30;
                attempt++) {
            Thread.sleep(1000);
            allowed = run(addUser);
        }
        assertTrue(allowed.output().contains("Account legacy (Legacy, AWS account 210987654399) added"),
                allowed.output());
        Files.writeString(accountsConfig, config);
        ok("cloudspend:account-delete legacy");

        role.noS3Access();
        Result broken = ok("cloudspend:account-validate payer");
        assertTrue(broken.output().contains("FAILED PREFIX_ACCESS_DENIED"), broken.output());
        Result errors = ok("cloudspend:errors");
        assertTrue(errors.output().matches("(?s).*payer\\s+\\|\\s+Payer\\s+\\|\\s+PREFIX_ACCESS_DENIED.*"),
                errors.output());
        assertTrue(errors.output().contains("cloudspend:account-delete"), errors.output());

        Result renamed = ok("cloudspend:account-edit --export-name daily-cost payer");
        assertTrue(renamed.output().contains("FAILED INVALID_REPORT_NAME"), renamed.output());
        role.s3Access(RunningAssembly.S3_KEY_ID, RunningAssembly.S3_SECRET);
        ok("cloudspend:account-edit --export-name daily-costs payer");
        // what validation raised is cleared; the ingest route may report NO_DELIVERY: this bucket holds no export
        String fixed = ok("cloudspend:errors").output();
        assertFalse(fixed.contains("PREFIX_ACCESS_DENIED") || fixed.contains("INVALID_REPORT_NAME"), fixed);

        karaf.stop();
        karaf.start();
        Result list = karaf.untilSucceeds("cloudspend:account-list");
        outputs.add(list.output());
        assertTrue(list.output().matches("(?s).*payer\\s+\\|\\s+Payer\\s+\\|\\s+" + PAYER + "\\s+\\|\\s+payer\\s+\\|"
                + "\\s+role.*"), list.output());
        assertTrue(ok("cloudspend:account-show payer").output().contains(externalId));

        assertTrue(ok("cloudspend:account-delete payer").output().contains("deleted"));
        assertFalse(ok("cloudspend:account-list").output().contains("Payer"));

        String everything = String.join("\n", outputs) + karaf.log();
        for (String secret : List.of(RunningAssembly.OWN_SECRET, RunningAssembly.S3_SECRET, USER_SECRET)) {
            assertFalse(everything.contains(secret), "a secret leaked into the output or log");
        }
    }

    private Result ok(String command) throws Exception {
        Result result = run(command);
        assertEquals(0, result.status(), command + ": " + result.output());
        return result;
    }

    private Result run(String command) throws Exception {
        Result result = karaf.client(command);
        outputs.add(result.output());
        return result;
    }

    private static String field(Result result, String label) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(label) + ":\\s+(\\S+)").matcher(result.output());
        assertTrue(m.find(), label + " in " + result.output());
        return m.group(1);
    }
}
