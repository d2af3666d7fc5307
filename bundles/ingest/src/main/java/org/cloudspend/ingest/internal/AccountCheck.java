package org.cloudspend.ingest.internal;

import static org.cloudspend.api.account.ConfigurationErrorCode.BUCKET_NOT_FOUND;
import static org.cloudspend.api.account.ConfigurationErrorCode.NO_DELIVERY;
import static org.cloudspend.api.account.ConfigurationErrorCode.PREFIX_ACCESS_DENIED;
import static org.cloudspend.api.account.ConfigurationErrorCode.ROLE_ACCESS_DENIED;
import static org.cloudspend.api.account.ConfigurationErrorCode.ROLE_EXPIRED;
import static org.cloudspend.api.account.ConfigurationErrorCode.UNEXPECTED_ACCOUNT;
import static org.cloudspend.api.account.ConfigurationErrorCode.UNREADABLE_FILE;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cloudspend.api.account.AccessType;
import org.cloudspend.api.account.AccountRegistry;
import org.cloudspend.api.account.ConfigurationErrorCode;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.ConfigurationErrors;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.credentials.CredentialsException;
import org.cloudspend.api.export.ExportObject;
import org.cloudspend.api.export.ExportReadException;
import org.cloudspend.api.export.PeriodManifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * One look at one account's export: list it, find each billing period's newest delivery, load those not loaded yet
 * (oldest period first). What goes wrong becomes the account's configuration error (refused credentials, missing
 * bucket, refused prefix, no delivery for too long, an unreadable file), cleared again once the same step succeeds;
 * a failure of one period leaves the others going and every period's previous data intact.
 */
final class AccountCheck {

    private static final Logger LOG = LoggerFactory.getLogger(AccountCheck.class);

    private final AccountRegistry accounts;
    private final ExportSources sources;
    private final DeliveryFinder finder;
    private final DeliveryLoader loader;
    private final ConfigurationErrors errors;
    private final Path workRoot;
    private final Duration noDeliveryAfter;
    private final Clock clock;

    AccountCheck(AccountRegistry accounts, ExportSources sources, DeliveryFinder finder, DeliveryLoader loader,
            ConfigurationErrors errors, Path workRoot, Duration noDeliveryAfter, Clock clock) {
        this.accounts = accounts;
        this.sources = sources;
        this.finder = finder;
        this.loader = loader;
        this.errors = errors;
        this.workRoot = workRoot;
        this.noDeliveryAfter = noDeliveryAfter;
        this.clock = clock;
    }

    /** One check of an account at a time: the timer's and an ingest-now's take turns. */
    private final java.util.concurrent.ConcurrentMap<String, java.util.concurrent.locks.ReentrantLock> running =
            new java.util.concurrent.ConcurrentHashMap<>();

    CheckResult run(String accountId) {
        java.util.concurrent.locks.ReentrantLock turn = running.computeIfAbsent(accountId,
                id -> new java.util.concurrent.locks.ReentrantLock());
        turn.lock();
        try {
            return runAlone(accountId);
        } finally {
            turn.unlock();
        }
    }

    private CheckResult runAlone(String accountId) {
        Instant at = clock.instant();
        Optional<AwsAccount> found = accounts.account(accountId);
        if (found.isEmpty()) {
            return new CheckResult(accountId, at, "no such account", List.of());
        }
        AwsAccount account = found.get();
        Path accountFolder = workRoot.resolve(safeName(accountId));
        Path work = null;
        try (ExportSource source = sources.open(account)) {
            // a folder of this check's own: files of one name (CUR 2.0 repeats them every period) never meet
            work = WorkFolders.create(accountFolder, "check-");
            DeliveryFinder.Listing listing;
            try {
                listing = finder.find(account, source, work);
            } catch (ExportReadException e) {
                report(accountId, UNREADABLE_FILE, e.getMessage());
                return new CheckResult(accountId, at, "manifest unreadable: " + e.getMessage(), List.of());
            }
            for (var code : List.of(ROLE_ACCESS_DENIED, ROLE_EXPIRED, BUCKET_NOT_FOUND, PREFIX_ACCESS_DENIED)) {
                errors.clear(accountId, code);
            }
            checkDeliveryAge(account, source, listing.manifests(), at);
            return load(account, source, listing.deliveries(), work, at);
        } catch (IOException | SdkException | CredentialsException e) {
            return failed(account, at, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CheckResult(accountId, at, "interrupted", List.of());
        } finally {
            WorkFolders.delete(work);
        }
    }

    private CheckResult load(AwsAccount account, ExportSource source, List<PendingDelivery> deliveries, Path work,
            Instant at) throws InterruptedException {
        List<LoadRecord> loaded = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean unreadable = false;
        boolean foreign = false;
        for (PendingDelivery delivery : deliveries) {
            try {
                loader.load(account, source, delivery, work).ifPresent(record -> {
                    loaded.add(record);
                    LOG.info("Account {}: {} loaded from delivery {} ({} line items)", account.id(),
                            record.claim().period(), record.claim().deliveryId(), record.rowsIn());
                });
            } catch (RowOwnership.ForeignRowException e) {
                foreign = true;
                report(account.id(), UNEXPECTED_ACCOUNT, "Delivery " + delivery.manifest().deliveryId()
                        + " of " + delivery.manifest().billingPeriod() + " was refused (the period keeps its data): "
                        + e.getMessage());
                problems.add(delivery.manifest().billingPeriod() + " refused: another account's costs");
            } catch (ExportReadException e) {
                unreadable = true;
                report(account.id(), UNREADABLE_FILE, "Delivery " + delivery.manifest().deliveryId() + " of "
                        + delivery.manifest().billingPeriod() + " was not loaded (the period keeps its data): "
                        + e.getMessage());
                problems.add(delivery.manifest().billingPeriod() + " unreadable");
            } catch (IOException | SdkException e) {
                problems.add(delivery.manifest().billingPeriod() + " not loaded, retried next check ("
                        + e.getMessage() + ")");
            } catch (RuntimeException e) {
                // the store failed (out of memory, disk full, connection lost): the load history has the cause;
                // the account's other periods go on
                LOG.warn("Account {}: storing {} failed: {}", account.id(), delivery.manifest().billingPeriod(),
                        e.getMessage());
                problems.add(delivery.manifest().billingPeriod() + " not stored, retried next check ("
                        + e.getMessage() + ")");
            }
        }
        if (!unreadable && problems.isEmpty()) {
            errors.clear(account.id(), UNREADABLE_FILE);
        }
        if (!foreign && problems.isEmpty()) {
            errors.clear(account.id(), UNEXPECTED_ACCOUNT);
        }
        String outcome = deliveries.size() + " period(s), " + loaded.size() + " loaded"
                + (problems.isEmpty() ? "" : "; " + String.join("; ", problems));
        return new CheckResult(account.id(), at, outcome, loaded);
    }

    private void checkDeliveryAge(AwsAccount account, ExportSource source, List<PeriodManifest> manifests,
            Instant now) {
        Optional<Instant> newest = manifests.stream().map(PeriodManifest::manifest).map(ExportObject::lastModified)
                .max(Comparator.naturalOrder());
        if (newest.isEmpty()) {
            report(account.id(), NO_DELIVERY, "No delivery of export '" + account.export().name() + "' under "
                    + source.describe() + ": AWS delivers within 24 hours of creating an export; check its name and"
                    + " prefix");
        } else if (newest.get().isBefore(now.minus(noDeliveryAfter))) {
            report(account.id(), NO_DELIVERY, "The newest delivery of export '" + account.export().name()
                    + "' under " + source.describe() + " is from " + newest.get() + ", more than "
                    + noDeliveryAfter.toDays() + " days ago");
        } else {
            errors.clear(account.id(), NO_DELIVERY);
        }
    }

    private CheckResult failed(AwsAccount account, Instant at, Exception e) {
        Optional<CredentialsException> refused = credentialsFailure(e);
        if (refused.isPresent()) {
            refused.get().configurationError().ifPresent(code -> report(account.id(), code,
                    refused.get().getMessage()));
            return new CheckResult(account.id(), at, "credentials: " + refused.get().getMessage(), List.of());
        }
        if (e instanceof java.nio.file.NoSuchFileException && account.accessType() == AccessType.LOCAL) {
            report(account.id(), BUCKET_NOT_FOUND, "The folder " + account.export().location().localFolder()
                    + " (the local copy of the export's bucket) does not exist");
        }
        if (e instanceof S3Exception s3) {
            String where = "s3://" + account.export().location().bucket() + "/" + account.export().location().prefix();
            String code = s3.awsErrorDetails() == null ? "" : s3.awsErrorDetails().errorCode();
            if (s3.statusCode() == 404 && "NoSuchBucket".equals(code)) {
                report(account.id(), BUCKET_NOT_FOUND, "The bucket '" + account.export().location().bucket()
                        + "' does not exist (NoSuchBucket)");
            } else if (s3.statusCode() == 403) {
                report(account.id(), PREFIX_ACCESS_DENIED, "S3 refused to list " + where + " (" + code + ")");
            }
        }
        LOG.warn("Account {}: checking its export failed: {}", account.id(), e.getMessage());
        return new CheckResult(account.id(), at, "failed: " + e.getMessage(), List.of());
    }

    /** The credentials provider's refusal, however deep the SDK wrapped it. */
    private static Optional<CredentialsException> credentialsFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CredentialsException refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }

    static String safeName(String accountId) {
        return accountId.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /**
     * Records an error of the account this check is for; an account deleted while it was being checked gets none
     * (deleting clears an account's errors, and a check that ends after it must not leave one behind).
     */
    private void report(String accountId, ConfigurationErrorCode code, String message) {
        errors.report(accountId, code, message);
        if (accounts.account(accountId).isEmpty()) {
            errors.clearAll(accountId);
        }
    }
}
