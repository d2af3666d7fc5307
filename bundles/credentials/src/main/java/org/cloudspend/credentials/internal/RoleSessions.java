package org.cloudspend.credentials.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.ExternalId;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * One assumed-role session per account, kept until five minutes before it expires and then renewed by the SDK's
 * provider: many requests, one AssumeRole. An account whose role ARN or External ID changed gets a new session.
 */
final class RoleSessions implements AutoCloseable {

    private record Session(String roleArn, Optional<ExternalId> externalId, StsAssumeRoleCredentialsProvider provider) {
    }

    private final StsClient sts;
    private final Duration sessionDuration;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    RoleSessions(StsClient sts, Duration sessionDuration) {
        this.sts = sts;
        this.sessionDuration = sessionDuration;
    }

    AwsCredentialsProvider forAccount(AwsAccount account) {
        String roleArn = account.roleArn().orElseThrow();
        Session session = sessions.compute(account.id(), (id, current) -> {
            if (current != null && current.roleArn().equals(roleArn)
                    && current.externalId().equals(account.externalId())) {
                return current;
            }
            if (current != null) {
                current.provider().close();
            }
            return new Session(roleArn, account.externalId(), StsAssumeRoleCredentialsProvider.builder()
                    .stsClient(sts)
                    .refreshRequest(r -> r.roleArn(roleArn).roleSessionName(sessionName(account.id()))
                            .externalId(account.externalId().map(ExternalId::value).orElse(null))
                            .durationSeconds((int) sessionDuration.toSeconds()))
                    .prefetchTime(Duration.ofMinutes(5))
                    .staleTime(Duration.ofMinutes(1))
                    .build());
        });
        String what = "Assuming role " + roleArn + " for account " + account.id();
        return () -> {
            try {
                return session.provider().resolveCredentials();
            } catch (SdkException e) {
                throw StsFailures.explain(what, e);
            }
        };
    }

    void forget(String accountId) {
        Session session = sessions.remove(accountId);
        if (session != null) {
            session.provider().close();
        }
    }

    @Override
    public void close() {
        sessions.keySet().forEach(this::forget);
    }

    /** AWS allows 2 to 64 characters of {@code [\w+=,.@-]} in a session name; CloudTrail shows it to the customer. */
    static String sessionName(String accountId) {
        String name = ("cloudspend-" + accountId).replaceAll("[^\\w+=,.@-]", "-");
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
