package org.cloudspend.shell.internal;

import org.apache.karaf.shell.support.table.ShellTable;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.ConfigurationError;
import org.cloudspend.api.account.LinkedAccount;
import org.cloudspend.api.account.ValidationReport;

/** Prints what validating an account found, step by step, and what to do about each error. */
final class ValidationPrinter {

    private ValidationPrinter() {
    }

    static void print(ValidationReport report, String action) {
        AwsAccount account = report.account();
        System.out.println("Account " + account.id() + " (" + account.displayName() + ", AWS account "
                + account.awsAccountId() + ") " + action + ": " + (report.passed() ? "every check passed"
                        : report.errors().size() + " configuration error(s)"));
        for (String finding : report.findings()) {
            System.out.println("  " + finding);
        }
        if (!report.linkedAccounts().isEmpty()) {
            System.out.println("Linked accounts of the organization (" + report.linkedAccounts().size() + "):");
            ShellTable table = new ShellTable();
            table.column("AWS account");
            table.column("Name");
            table.column("Status");
            for (LinkedAccount linked : report.linkedAccounts()) {
                table.addRow().addContent(linked.awsAccountId(), linked.name(), linked.status());
            }
            table.print(System.out);
        }
        for (ConfigurationError error : report.errors()) {
            System.out.println("To fix " + error.code() + ": " + error.code().remedy());
        }
        if (!report.passed()) {
            System.out.println("Then: cloudspend:account-validate " + account.id() + "   (or change settings with"
                    + " cloudspend:account-edit " + account.id() + ")");
        }
    }
}
