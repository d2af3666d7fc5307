package org.cloudspend.credentials.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.cloudspend.api.account.AccessType;
import org.cloudspend.api.account.AccountRegistry;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.AwsAccountId;
import org.cloudspend.api.account.ConfigurationError;
import org.cloudspend.api.account.ConfigurationErrorCode;
import org.cloudspend.api.account.ConfigurationErrors;
import org.cloudspend.api.account.ExternalId;
import org.cloudspend.api.credentials.AccessKeys;
import org.cloudspend.api.credentials.CredentialProvider;
import org.cloudspend.api.credentials.CredentialsException;
import org.cloudspend.api.credentials.CredentialsException.Reason;
import org.cloudspend.api.credentials.SealedSecrets;
import org.cloudspend.api.credentials.VerifiedAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * The credential provider: cloudspend's own identity assumes customers' roles through STS (sessions cached per account),
 * and IAM-user keys are kept sealed by {@link SecretBox} in the store, opened only to sign requests.
 */
@Component(service = CredentialProvider.class, configurationPid = "org.cloudspend.credentials")
@Designate(ocd = CredentialsConfig.class)
public class AwsCredentialProvider implements CredentialProvider, AutoCloseable {

    private static final String VALIDATION_SESSION = "cloudspend-validation";

    private static final java.security.SecureRandom PROBE_RANDOM = new java.security.SecureRandom();

    private final AccountRegistry accounts;
    private final SealedSecrets secrets;
    private final ConfigurationErrors errors;
    private final Path keyFile;
    /** Opened at first use: a missing or corrupt key file stops IAM-user accounts only, never the role accounts. */
    private volatile SecretBox box;
    private final SdkHttpClient http = UrlConnectionHttpClient.create();
    private final StsClient sts;
    private final RoleSessions sessions;
    private final String configuredOwnAccountId;
    private final String stsEndpoint;
    private final Region stsRegion;
    private volatile AwsAccountId ownAccountId;

    @Activate
    public AwsCredentialProvider(@Reference AccountRegistry accounts, @Reference SealedSecrets secrets,
            @Reference ConfigurationErrors errors, CredentialsConfig config) {
        this(accounts, secrets, errors, Path.of(System.getProperty("karaf.etc", "etc")).resolve(config.key_file()),
                ownIdentity(config), config.own_account_id(), config.sts_endpoint(), config.sts_region(),
                Duration.ofSeconds(config.session_duration_seconds()));
    }

    /** For tests and tools outside OSGi. */
    public AwsCredentialProvider(AccountRegistry accounts, SealedSecrets secrets, ConfigurationErrors errors,
            Path keyFile, AwsCredentialsProvider ownIdentity, String ownAccountId, String stsEndpoint,
            String stsRegion, Duration sessionDuration) {
        this.accounts = accounts;
        this.secrets = secrets;
        this.errors = errors;
        this.keyFile = keyFile;
        this.configuredOwnAccountId = ownAccountId.isBlank() ? null : new AwsAccountId(ownAccountId.trim()).value();
        this.stsEndpoint = stsEndpoint;
        this.stsRegion = Region.of(stsRegion);
        this.sts = sts(ownIdentity);
        this.sessions = new RoleSessions(sts, sessionDuration);
    }

    private static AwsCredentialsProvider ownIdentity(CredentialsConfig config) {
        if (config.access_key_id().isBlank()) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(
                AwsBasicCredentials.create(config.access_key_id().trim(), config.secret_access_key().trim()));
    }

    private StsClient sts(AwsCredentialsProvider identity) {
        var builder = StsClient.builder().httpClient(http).region(stsRegion).credentialsProvider(identity);
        if (!stsEndpoint.isBlank()) {
            builder.endpointOverride(URI.create(stsEndpoint.trim()));
        }
        return builder.build();
    }

    @Deactivate
    @Override
    public void close() {
        sessions.close();
        sts.close();
        http.close();
    }

    @Override
    public AwsCredentialsProvider credentialsFor(String accountId) {
        AwsAccount account = accounts.account(accountId)
                .orElseThrow(() -> new IllegalArgumentException("No account has the id '" + accountId + "'"));
        return switch (account.accessType()) {
            case ROLE -> sessions.forAccount(trusted(account));
            case USER -> keysOf(accountId);
            case LOCAL -> throw new IllegalArgumentException("Account " + accountId + " reads a local folder: it has"
                    + " no AWS credentials");
        };
    }

    @Override
    public VerifiedAccess verify(AwsAccount account) {
        if (account.accessType() == AccessType.LOCAL) {
            throw new IllegalArgumentException("Account " + account.id() + " reads a local folder: there is no AWS"
                    + " access to verify");
        }
        if (account.accessType() == AccessType.USER) {
            AwsCredentialsProvider keys = keysOf(account.id());
            try (StsClient asUser = sts(keys)) {
                GetCallerIdentityResponse identity = asUser.getCallerIdentity();
                return new VerifiedAccess(new AwsAccountId(identity.account()), identity.arn(), keys);
            } catch (SdkException e) {
                throw StsFailures.explain("Signing in with the access keys of account " + account.id(), e);
            }
        }
        String roleArn = account.roleArn().orElseThrow();
        AssumeRoleResponse session = assume(roleArn, account.externalId(), "Assuming role " + roleArn + " with the"
                + " account's External ID");
        Credentials credentials = session.credentials();
        String arn = session.assumedRoleUser().arn();
        return new VerifiedAccess(new AwsAccountId(arn.split(":")[4]), arn, StaticCredentialsProvider.create(
                AwsSessionCredentials.create(credentials.accessKeyId(), credentials.secretAccessKey(),
                        credentials.sessionToken())));
    }

    /** The account, when its role may be assumed: its trust proven by the last validation. */
    private AwsAccount trusted(AwsAccount account) {
        List<ConfigurationErrorCode> withheld = errors.errors(account.id()).stream().map(ConfigurationError::code)
                .filter(ConfigurationErrorCode::withholdsRole).toList();
        if (!withheld.isEmpty()) {
            throw new CredentialsException(Reason.NOT_VALIDATED, "The role of account " + account.id() + " is not"
                    + " assumed until a validation passes (" + withheld.stream().map(Enum::name)
                            .collect(java.util.stream.Collectors.joining(", ")) + "): see cloudspend:errors, then"
                    + " cloudspend:account-validate " + account.id());
        }
        return account;
    }

    @Override
    public boolean assumableWithoutExternalId(String roleArn) {
        // a trust policy may refuse no External ID yet take any (StringLike "*", or a Null condition): try both
        return assumable(roleArn, Optional.empty(), "Assuming role " + roleArn + " without an External ID")
                || assumable(roleArn, Optional.of(probeExternalId()), "Assuming role " + roleArn
                        + " with an External ID that is not its own");
    }

    /** An External ID no trust policy names: random, each time. */
    private static ExternalId probeExternalId() {
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder id = new StringBuilder("cloudspend-probe-");
        for (int i = 0; i < 24; i++) {
            id.append(letters.charAt(PROBE_RANDOM.nextInt(letters.length())));
        }
        return new ExternalId(id.toString());
    }

    /** True when AWS lets the role be assumed so, false only when it answered AccessDenied. */
    private boolean assumable(String roleArn, Optional<ExternalId> externalId, String what) {
        try {
            assume(roleArn, externalId, what);
            return true;
        } catch (CredentialsException e) {
            if (e.getCause() instanceof AwsServiceException refused && refused.awsErrorDetails() != null
                    && "AccessDenied".equals(refused.awsErrorDetails().errorCode())) {
                return false;
            }
            throw e;
        }
    }

    private AssumeRoleResponse assume(String roleArn, Optional<ExternalId> externalId, String what) {
        try {
            return sts.assumeRole(r -> r.roleArn(roleArn).roleSessionName(VALIDATION_SESSION)
                    .externalId(externalId.map(ExternalId::value).orElse(null)).durationSeconds(900));
        } catch (SdkException e) {
            throw StsFailures.explain(what, e);
        }
    }

    @Override
    public AwsAccountId ownAccountId() {
        if (configuredOwnAccountId != null) {
            return new AwsAccountId(configuredOwnAccountId);
        }
        AwsAccountId known = ownAccountId;
        if (known == null) {
            try {
                known = new AwsAccountId(sts.getCallerIdentity().account());
            } catch (SdkException e) {
                throw StsFailures.explain("Asking STS who cloudspend is", e);
            }
            ownAccountId = known;
        }
        return known;
    }

    @Override
    public void saveAccessKeys(String accountId, AccessKeys keys) {
        secrets.store(accountId, box().seal(accountId, keys.accessKeyId() + "\n" + keys.secretAccessKey()));
    }

    @Override
    public boolean forget(String accountId) {
        sessions.forget(accountId);
        return secrets.discard(accountId);
    }

    @Override
    public Optional<String> maskedAccessKeyId(String accountId) {
        return openKeys(accountId).map(AccessKeys::maskedKeyId);
    }

    /** The key IAM-user keys are sealed with, read (or, before any was sealed, made) on first use. */
    private SecretBox box() {
        SecretBox opened = box;
        if (opened != null) {
            return opened;
        }
        synchronized (this) {
            if (box == null) {
                List<String> sealedFor = accounts.accounts().stream()
                        .filter(account -> account.accessType() == AccessType.USER)
                        .map(AwsAccount::id).filter(id -> secrets.sealed(id).isPresent()).toList();
                try {
                    box = SecretBox.withKeyFile(keyFile, sealedFor.isEmpty(), "account(s) " + String.join(", ",
                            sealedFor));
                } catch (IllegalStateException e) {
                    throw new CredentialsException(Reason.NO_ACCESS_KEYS, e.getMessage(), e);
                }
            }
            return box;
        }
    }

    private AwsCredentialsProvider keysOf(String accountId) {
        AccessKeys keys = openKeys(accountId).orElseThrow(() -> new CredentialsException(Reason.NO_ACCESS_KEYS,
                "No access keys are stored for account " + accountId + ": add them with cloudspend:account-edit, or"
                        + " switch the account to a role"));
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(keys.accessKeyId(), keys.secretAccessKey()));
    }

    private Optional<AccessKeys> openKeys(String accountId) {
        return secrets.sealed(accountId).map(sealed -> {
            String[] parts = box().open(accountId, sealed).split("\n", 2);
            return new AccessKeys(parts[0], parts[1]);
        });
    }
}
