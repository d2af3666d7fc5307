package org.cloudspend.accounts.internal;

import static org.cloudspend.api.account.ConfigurationErrorCode.EXTERNAL_ID_MISMATCH;
import static org.cloudspend.api.account.ConfigurationErrorCode.TRUST_NOT_PROVEN;
import static org.cloudspend.api.account.ConfigurationErrorCode.ROLE_ACCESS_DENIED;
import static org.cloudspend.api.account.ConfigurationErrorCode.ROLE_EXPIRED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cloudspend.api.account.AccessType;
import org.cloudspend.api.account.AccountIntegrationService;
import org.cloudspend.api.account.AccountRegistry;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.ConfigurationError;
import org.cloudspend.api.account.ConfigurationErrors;
import org.cloudspend.api.account.ExternalId;
import org.cloudspend.api.account.Identifier;
import org.cloudspend.api.account.IntegrationRefusedException;
import org.cloudspend.api.account.PendingIntegration;
import org.cloudspend.api.account.PendingIntegrations;
import org.cloudspend.api.account.RoleArn;
import org.cloudspend.api.account.ValidationReport;
import org.cloudspend.api.credentials.AccessKeys;
import org.cloudspend.api.credentials.CredentialProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The integration flow of the specification: a pending integration hands out an External ID and the documents to
 * apply in AWS; adding an account consumes it and validates the account; every problem found becomes a configuration
 * error of the account, cleared again when its check passes.
 */
@Component(service = AccountIntegrationService.class, configurationPid = "org.cloudspend.accounts")
@Designate(ocd = AccountsConfig.class)
public class AccountIntegration implements AccountIntegrationService, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AccountIntegration.class);
    private final AccountRegistry accounts;
    private final PendingIntegrations pendings;
    private final ConfigurationErrors errors;
    private final CredentialProvider credentials;
    private final boolean allowNewIamUserAccess;
    private final SdkHttpClient http = UrlConnectionHttpClient.create();
    private final AccountValidator validator;
    private final PolicyDocuments documents = new PolicyDocuments();
    private final ExternalIds externalIds = new ExternalIds();

    @Activate
    public AccountIntegration(@Reference AccountRegistry accounts, @Reference PendingIntegrations pendings,
            @Reference ConfigurationErrors errors, @Reference CredentialProvider credentials, AccountsConfig config) {
        this(accounts, pendings, errors, credentials, AwsEndpoints.of(config), config.allow_new_iam_user_access());
    }

    AccountIntegration(AccountRegistry accounts, PendingIntegrations pendings, ConfigurationErrors errors,
            CredentialProvider credentials, AwsEndpoints endpoints, boolean allowNewIamUserAccess) {
        this.accounts = accounts;
        this.pendings = pendings;
        this.errors = errors;
        this.credentials = credentials;
        this.allowNewIamUserAccess = allowNewIamUserAccess;
        String region = endpoints.billingRegion();
        this.validator = new AccountValidator(credentials,
                new ExportDirectory(
                        new AwsJsonClient(http, endpoints.dataExports(), "bcm-data-exports", region,
                                "AWSBillingAndCostManagementDataExports"),
                        new AwsJsonClient(http, endpoints.cur(), "cur", region, "AWSOrigamiServiceGatewayService")),
                new OrganizationDirectory(new AwsJsonClient(http, endpoints.organizations(), "organizations", region,
                        "AWSOrganizationsV20161128")),
                new BucketCheck(http, endpoints));
    }

    @Deactivate
    @Override
    public void close() {
        http.close();
    }

    // ---- stage 1

    @Override
    public PendingIntegration startIntegration() {
        return issue(externalIds.handle("p-"));
    }

    @Override
    public PendingIntegration refreshIntegration(String pendingId) {
        pendings.pending(pendingId).orElseThrow(() -> new IntegrationRefusedException("There is no pending"
                + " integration '" + pendingId + "': start one with cloudspend:external-id"));
        return issue(pendingId);
    }

    private synchronized PendingIntegration issue(String pendingId) {
        PendingIntegration pending = new PendingIntegration(pendingId, credentials.ownAccountId(),
                externalIds.next(this::inUse), Instant.now());
        pendings.save(pending);
        LOG.info("Pending integration {} has a new External ID", pendingId);
        return pending;
    }

    private boolean inUse(ExternalId externalId) {
        return pendings.withExternalId(externalId).isPresent()
                || accounts.accounts().stream().anyMatch(a -> a.externalId().equals(Optional.of(externalId)));
    }

    @Override
    public List<PendingIntegration> pendingIntegrations() {
        return pendings.pendingIntegrations();
    }

    @Override
    public String permissionPolicy() {
        return documents.permissionPolicy();
    }

    @Override
    public String trustPolicy(ExternalId externalId) {
        return documents.trustPolicy(credentials.ownAccountId(), externalId);
    }

    @Override
    public String cloudFormationTemplate(ExternalId externalId) {
        return documents.cloudFormationTemplate(credentials.ownAccountId(), externalId);
    }

    // ---- stages 2 and 3

    @Override
    public synchronized ValidationReport integrate(AwsAccount account, Optional<AccessKeys> accessKeys) {
        try {
            Identifier.check("account", account.id());
        } catch (IllegalArgumentException e) {
            throw new IntegrationRefusedException(e.getMessage());
        }
        if (accounts.account(account.id()).isPresent()) {
            throw new IntegrationRefusedException("An account with id '" + account.id() + "' exists already: change"
                    + " it with cloudspend:account-edit, or choose another id");
        }
        if (account.accessType() == AccessType.USER && !allowNewIamUserAccess) {
            throw new IntegrationRefusedException("New integrations use an IAM role, not IAM-user access keys: run"
                    + " cloudspend:external-id, create the role (cloudspend:cfn-template or cloudspend:trust-policy and"
                    + " cloudspend:policy), then cloudspend:account-add --role-arn <arn> --external-id <id> ... <id>. Keys"
                    + " are kept for existing integrations only (an administrator can allow new ones with"
                    + " allow.new.iam.user.access=true in etc/org.cloudspend.accounts.cfg).");
        }
        return store(account, accessKeys, Optional.empty());
    }

    @Override
    public synchronized ValidationReport update(AwsAccount account, Optional<AccessKeys> accessKeys) {
        AwsAccount existing = accounts.account(account.id()).orElseThrow(() -> new IntegrationRefusedException(
                "There is no account '" + account.id() + "': see cloudspend:account-list"));
        if (account.accessType() == AccessType.USER && existing.accessType() != AccessType.USER
                && !allowNewIamUserAccess) {
            // whatever the account used before (a role, a local copy), keys now make it a new IAM-user integration
            throw new IntegrationRefusedException("Account '" + account.id() + "' uses " + (existing.accessType()
                    == AccessType.ROLE ? "a role" : "a local copy") + "; switching it to IAM-user access keys is a new"
                    + " IAM-user integration, which is not allowed (allow.new.iam.user.access=false)");
        }
        return store(account, accessKeys, Optional.of(existing));
    }

    private ValidationReport store(AwsAccount account, Optional<AccessKeys> accessKeys, Optional<AwsAccount> existing) {
        Optional<String> externalIdProblem = Optional.empty();
        Optional<PendingIntegration> consumed = Optional.empty();
        if (account.accessType() == AccessType.ROLE) {
            checkRoleArn(account);
            ExternalId externalId = account.externalId().orElseThrow();
            boolean unchanged = existing.filter(e -> e.externalId().equals(account.externalId())).isPresent()
                    && !hasExternalIdMismatch(account.id());
            if (!unchanged) {
                consumed = pendings.withExternalId(externalId);
                if (consumed.isEmpty()) {
                    externalIdProblem = Optional.of("The External ID " + externalId + " is not the current External"
                            + " ID of a pending integration: it was replaced by a refresh, already used, or never"
                            + " issued, and cloudspend will not use it. Run cloudspend:external-id, put the new ID"
                            + " in the role's trust policy, then cloudspend:account-edit --external-id <new id> "
                            + account.id());
                }
            }
        } else if (account.accessType() == AccessType.USER && accessKeys.isEmpty()
                && existing.filter(e -> e.accessType() == AccessType.USER).isEmpty()) {
            throw new IntegrationRefusedException("IAM-user access needs the user's access key id and secret access"
                    + " key");
        }
        if (account.accessType() == AccessType.ROLE && !sameRole(account, existing)) {
            // before the account is saved: no route may assume a role whose trust a validation has not proven
            errors.report(account.id(), TRUST_NOT_PROVEN, "The role " + account.roleArn().orElseThrow() + " has"
                    + " not passed validation with its External ID yet; cloudspend does not assume it until it does");
        }
        accounts.save(account);
        accessKeys.ifPresent(keys -> credentials.saveAccessKeys(account.id(), keys));
        consumed.ifPresent(pending -> pendings.remove(pending.id()));
        LOG.info("Account {} ({}, {} access) {}", account.id(), account.awsAccountId(), account.accessType(),
                existing.isPresent() ? "updated" : "added");
        ValidationReport report = check(account, externalIdProblem);
        boolean switchedToRole = existing.filter(e -> e.accessType() == AccessType.USER).isPresent()
                && account.accessType() == AccessType.ROLE;
        if (switchedToRole && accessPassed(report)) {
            credentials.forget(account.id());
            List<String> findings = new ArrayList<>(report.findings());
            findings.add("Switched to role access: the IAM user's access keys are forgotten; delete them in IAM");
            report = new ValidationReport(report.account(), report.errors(), findings, report.linkedAccounts());
        }
        return report;
    }

    /** Whether the account keeps the role and External ID it had: a validated trust stays proven. */
    private static boolean sameRole(AwsAccount account, Optional<AwsAccount> existing) {
        return existing.filter(e -> e.accessType() == AccessType.ROLE && e.roleArn().equals(account.roleArn())
                && e.externalId().equals(account.externalId())).isPresent();
    }

    private static void checkRoleArn(AwsAccount account) {
        RoleArn arn;
        try {
            arn = RoleArn.parse(account.roleArn().orElseThrow());
        } catch (IllegalArgumentException e) {
            throw new IntegrationRefusedException(e.getMessage());
        }
        if (!arn.accountId().equals(account.awsAccountId())) {
            throw new IntegrationRefusedException("The role " + arn + " belongs to AWS account " + arn.accountId()
                    + ", not to " + account.awsAccountId());
        }
    }

    @Override
    public synchronized ValidationReport validate(String accountId) {
        AwsAccount account = accounts.account(accountId).orElseThrow(() -> new IntegrationRefusedException(
                "There is no account '" + accountId + "': see cloudspend:account-list"));
        Optional<String> externalIdProblem = errors.errors(accountId).stream()
                .filter(e -> e.code() == EXTERNAL_ID_MISMATCH).map(ConfigurationError::message).findFirst();
        return check(account, externalIdProblem);
    }

    private ValidationReport check(AwsAccount account, Optional<String> externalIdProblem) {
        if (externalIdProblem.isPresent()) {
            // the refusal says more than "not proven", and withholds the role as well
            errors.report(account.id(), EXTERNAL_ID_MISMATCH, externalIdProblem.get());
            errors.clear(account.id(), TRUST_NOT_PROVEN);
            return new ValidationReport(account, errors.errors(account.id()), List.of("FAILED "
                    + EXTERNAL_ID_MISMATCH + ": " + externalIdProblem.get(), "The other checks wait for a valid"
                    + " External ID"), List.of());
        }
        errors.clear(account.id(), EXTERNAL_ID_MISMATCH);
        AccountValidator.Outcome outcome = validator.validate(account);
        if (!outcome.account().equals(account)) {
            accounts.save(outcome.account());
        }
        List<ConfigurationError> current = outcome.results().apply(errors, account.id());
        LOG.info("Account {} validated: {}", account.id(), current.isEmpty() ? "no configuration error"
                : current.stream().map(e -> e.code().name()).toList());
        return new ValidationReport(outcome.account(), current, outcome.results().findings(),
                outcome.linkedAccounts());
    }

    private boolean hasExternalIdMismatch(String accountId) {
        return errors.errors(accountId).stream().anyMatch(e -> e.code() == EXTERNAL_ID_MISMATCH);
    }

    private static boolean accessPassed(ValidationReport report) {
        return report.errors().stream().noneMatch(e -> e.code() == ROLE_ACCESS_DENIED || e.code() == ROLE_EXPIRED
                || e.code() == EXTERNAL_ID_MISMATCH);
    }

    @Override
    public synchronized boolean delete(String accountId) {
        boolean existed = accounts.delete(accountId);
        credentials.forget(accountId);
        errors.clearAll(accountId);
        if (existed) {
            LOG.info("Account {} deleted; its loaded costs stay", accountId);
        }
        return existed;
    }
}
