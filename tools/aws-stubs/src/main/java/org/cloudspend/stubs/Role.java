package org.cloudspend.stubs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** An IAM role in the stub: whom its trust policy allows, with which External ID, and what it may do. */
public final class Role {

    final String arn;
    final String accountId;
    private volatile String trustedAccountId;
    private volatile String externalId;
    private volatile String s3AccessKeyId;
    private volatile String s3SecretKey;
    private final Set<String> denied = new HashSet<>();
    private final AtomicInteger assumptions = new AtomicInteger();
    private final List<String> externalIdsPresented = new CopyOnWriteArrayList<>();
    private volatile boolean anyExternalId;
    private final AtomicInteger failures = new AtomicInteger();
    private volatile StubError failure;

    Role(String arn, String trustedAccountId, String externalId) {
        this.arn = arn;
        this.accountId = arn.split(":")[4];
        this.trustedAccountId = trustedAccountId;
        this.externalId = externalId;
    }

    /** Replaces the trust policy: the account allowed to assume the role, and the External ID required (or null). */
    public Role trust(String trustedAccountId, String externalId) {
        this.trustedAccountId = trustedAccountId;
        this.externalId = externalId;
        this.anyExternalId = false;
        return this;
    }

    /**
     * A trust policy whose condition is {@code "StringLike": {"sts:ExternalId": "*"}}: any External ID passes, only
     * its absence is refused (a policy that looks safe and is not).
     */
    public Role trustAnyExternalId(String trustedAccountId) {
        this.trustedAccountId = trustedAccountId;
        this.externalId = null;
        this.anyExternalId = true;
        return this;
    }

    /**
     * The next {@code count} AssumeRole requests for this role that do not present its own External ID (a
     * confused-deputy probe) fail with that error: throttling, a 400, a 500.
     */
    public Role failNextAssumptions(int count, int status, String code, String message) {
        failure = new StubError(status, code, message);
        failures.set(count);
        return this;
    }

    /** Every External ID sent with an AssumeRole request for this role, in order; null where none was sent. */
    public List<String> externalIdsPresented() {
        return new ArrayList<>(externalIdsPresented);
    }

    /**
     * Sessions of this role sign S3 requests with these keys, those an S3Proxy with authorization knows: the stub's
     * stand-in for a role whose policy grants S3 read. Sessions of a role without them are refused by that S3Proxy.
     */
    public Role s3Access(String accessKeyId, String secretKey) {
        this.s3AccessKeyId = accessKeyId;
        this.s3SecretKey = secretKey;
        return this;
    }

    public Role noS3Access() {
        return s3Access(null, null);
    }

    /** Takes an action (e.g. {@code cur:DescribeReportDefinitions}) out of the role's permission policy. */
    public synchronized Role deny(String action) {
        denied.add(action);
        return this;
    }

    public synchronized Role allow(String action) {
        denied.remove(action);
        return this;
    }

    /** How many sessions were issued for this role. */
    public int assumptions() {
        return assumptions.get();
    }

    synchronized boolean denies(String action) {
        return denied.contains(action);
    }

    boolean trusts(String callerAccountId, String givenExternalId) {
        if (!callerAccountId.equals(trustedAccountId)) {
            return false;
        }
        if (anyExternalId) {
            return givenExternalId != null;
        }
        return externalId == null || externalId.equals(givenExternalId);
    }

    /** Notes an AssumeRole request, and fails it when a failure is due. */
    void presented(String givenExternalId) {
        externalIdsPresented.add(givenExternalId);
        boolean ownExternalId = externalId != null && externalId.equals(givenExternalId);
        if (!ownExternalId && failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw failure;
        }
    }

    String s3AccessKeyId() {
        return s3AccessKeyId;
    }

    String s3SecretKey() {
        return s3SecretKey;
    }

    void assumed() {
        assumptions.incrementAndGet();
    }
}
