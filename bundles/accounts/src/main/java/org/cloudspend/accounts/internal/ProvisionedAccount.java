package org.cloudspend.accounts.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.cloudspend.api.account.AccessType;
import org.cloudspend.api.account.AccountIntegrationService;
import org.cloudspend.api.account.AccountRegistry;
import org.cloudspend.api.account.AccountType;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.AwsAccountId;
import org.cloudspend.api.account.ExportDefinition;
import org.cloudspend.api.account.ExportVersioning;
import org.cloudspend.api.account.ExternalId;
import org.cloudspend.api.account.S3Location;
import org.cloudspend.api.account.ValidationReport;
import org.cloudspend.api.export.ExportFormat;
import org.cloudspend.api.export.ExportType;
import org.osgi.service.component.ComponentConstants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An account declared in a file: one component per factory configuration {@code org.cloudspend.account}. It is
 * integrated (or updated) through the integration service when the configuration appears or changes, off the DS thread
 * since validation may call AWS, and deleted when the configuration is deleted (not when Karaf merely stops).
 */
@Component(service = {}, configurationPid = "org.cloudspend.account", configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ProvisionedAccountConfig.class, factory = true)
public class ProvisionedAccount {

    private static final Logger LOG = LoggerFactory.getLogger(ProvisionedAccount.class);

    private final AccountIntegrationService integration;
    private final String accountId;

    @Activate
    public ProvisionedAccount(@Reference AccountIntegrationService integration, @Reference AccountRegistry accounts,
            ProvisionedAccountConfig config) {
        this.integration = integration;
        this.accountId = config.account_id();
        AwsAccount declared = account(config);
        CompletableFuture.runAsync(() -> provision(accounts, declared));
    }

    private void provision(AccountRegistry accounts, AwsAccount declared) {
        try {
            Optional<AwsAccount> stored = accounts.account(declared.id());
            if (stored.isPresent() && sameSettings(stored.get(), declared)) {
                return;
            }
            ValidationReport report = stored.isPresent() ? integration.update(declared, Optional.empty())
                    : integration.integrate(declared, Optional.empty());
            LOG.info("Account {} from its configuration file: {}", declared.id(), report.passed()
                    ? "every check passed" : report.errors().size() + " configuration error(s), see cloudspend:errors");
        } catch (RuntimeException e) {
            LOG.error("Account {} from its configuration file could not be integrated: {}", declared.id(),
                    e.getMessage());
        }
    }

    /** Validation fills in the export's details from AWS: a file that did not change is not validated again. */
    private static boolean sameSettings(AwsAccount stored, AwsAccount declared) {
        return stored.displayName().equals(declared.displayName()) && stored.accessType() == declared.accessType()
                && stored.roleArn().equals(declared.roleArn()) && stored.externalId().equals(declared.externalId())
                && stored.accountType() == declared.accountType()
                && stored.export().type() == declared.export().type()
                && stored.export().name().equals(declared.export().name())
                && (declared.accessType() != AccessType.LOCAL
                        || stored.export().location().equals(declared.export().location()));
    }

    @Deactivate
    void deactivate(int reason) {
        if (reason == ComponentConstants.DEACTIVATION_REASON_CONFIGURATION_DELETED) {
            integration.delete(accountId);
            LOG.info("Account {} removed with its configuration file", accountId);
        }
    }

    static AwsAccount account(ProvisionedAccountConfig config) {
        AccessType access = AccessType.valueOf(config.access_type().trim().toUpperCase(Locale.ROOT));
        Optional<String> role = access == AccessType.ROLE ? Optional.of(config.role_arn().trim()) : Optional.empty();
        String number = !config.aws_account_id().isBlank() ? config.aws_account_id().trim()
                : role.map(arn -> arn.split(":")[4]).orElseThrow(() -> new IllegalArgumentException(
                        "aws.account.id is required without a role"));
        ExportType type = "legacy".equalsIgnoreCase(config.export_type().trim()) ? ExportType.LEGACY : ExportType.CUR2;
        return new AwsAccount(config.account_id().trim(), config.display_name().trim(), new AwsAccountId(number),
                access, role, access == AccessType.ROLE ? Optional.of(new ExternalId(config.external_id().trim()))
                        : Optional.empty(),
                AccountType.valueOf(config.account_type().trim().toUpperCase(Locale.ROOT)),
                new ExportDefinition(type, config.export_name().trim(),
                        "csv".equalsIgnoreCase(config.format().trim()) ? ExportFormat.CSV_GZIP : ExportFormat.PARQUET,
                        new S3Location(config.bucket().trim(), config.prefix().trim(), config.region().trim()),
                        ExportVersioning.defaultFor(type)));
    }
}
