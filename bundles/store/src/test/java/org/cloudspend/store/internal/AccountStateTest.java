package org.cloudspend.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cloudspend.api.account.AwsAccountId;
import org.cloudspend.api.account.ConfigurationError;
import org.cloudspend.api.account.ConfigurationErrorCode;
import org.cloudspend.api.account.ExternalId;
import org.cloudspend.api.account.PendingIntegration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

abstract class AccountStateTest implements StoreBackend {

    private static final AwsAccountId OURS = new AwsAccountId("999999999999");

    @TempDir
    Path folder;

    @Test
    void aRefreshReplacesTheExternalIdAndTheOldOneFindsNothing() throws Exception {
        Instant created = Instant.parse("2026-11-26T06:00:00Z");
        PendingIntegration first = new PendingIntegration("p1", OURS, new ExternalId("FirstId0123456789"), created);
        PendingIntegration refreshed = new PendingIntegration("p1", OURS, new ExternalId("SecondId012345678"),
                created.plusSeconds(60));
        try (var store = new Closing(open(folder))) {
            store.it.accounts().save(first);
            store.it.accounts().save(refreshed);
        }
        try (var store = new Closing(open(folder))) {
            assertEquals(List.of(refreshed), store.it.accounts().pendingIntegrations());
            assertEquals(Optional.empty(), store.it.accounts().withExternalId(first.externalId()));
            assertEquals(Optional.of(refreshed), store.it.accounts().withExternalId(refreshed.externalId()));
            assertTrue(store.it.accounts().remove("p1"));
            assertFalse(store.it.accounts().remove("p1"));
            assertEquals(Optional.empty(), store.it.accounts().pending("p1"));
        }
    }

    @Test
    void anErrorKeepsItsFirstSightingAndClearsPerCode() throws Exception {
        try (var store = new Closing(open(folder))) {
            store.it.errors().report("a", ConfigurationErrorCode.BUCKET_NOT_FOUND, "Bucket 'x' does not exist");
            Thread.sleep(5);
            store.it.errors().report("a", ConfigurationErrorCode.BUCKET_NOT_FOUND, "Bucket 'x' still does not exist");
            store.it.errors().report("a", ConfigurationErrorCode.INVALID_REPORT_NAME, "No export 'y'");
            store.it.errors().report("b", ConfigurationErrorCode.ROLE_EXPIRED, "Expired");
        }
        try (var store = new Closing(open(folder))) {
            List<ConfigurationError> errors = store.it.errors().errors("a");
            assertEquals(2, errors.size());
            ConfigurationError bucket = errors.get(0);
            assertEquals(ConfigurationErrorCode.BUCKET_NOT_FOUND, bucket.code());
            assertEquals("Bucket 'x' still does not exist", bucket.message());
            assertTrue(bucket.lastSeen().isAfter(bucket.firstSeen()), bucket.toString());
            store.it.errors().clear("a", ConfigurationErrorCode.BUCKET_NOT_FOUND);
            assertEquals(List.of(ConfigurationErrorCode.INVALID_REPORT_NAME, ConfigurationErrorCode.ROLE_EXPIRED),
                    store.it.errors().errors().stream().map(ConfigurationError::code).toList());
            store.it.errors().clearAll("a");
            assertEquals(List.of("b"), store.it.errors().errors().stream().map(ConfigurationError::accountId).toList());
        }
    }

    /** An error appearing and going is told to Event Admin once each, not at every check that sees it again. */
    @Test
    void anErrorIsPostedWhenItAppearsAndWhenItGoes() throws Exception {
        List<org.osgi.service.event.Event> posted = new java.util.ArrayList<>();
        try (var store = new Closing(open(folder))) {
            store.it.errors().events = new org.osgi.service.event.EventAdmin() {
                @Override
                public void postEvent(org.osgi.service.event.Event event) {
                    posted.add(event);
                }

                @Override
                public void sendEvent(org.osgi.service.event.Event event) {
                    posted.add(event);
                }
            };
            store.it.errors().report("a", ConfigurationErrorCode.BUCKET_NOT_FOUND, "Bucket 'x' does not exist");
            store.it.errors().report("a", ConfigurationErrorCode.BUCKET_NOT_FOUND, "Bucket 'x' still does not exist");
            store.it.errors().report("a", ConfigurationErrorCode.ROLE_EXPIRED, "Expired");
            store.it.errors().clear("a", ConfigurationErrorCode.BUCKET_NOT_FOUND);
            store.it.errors().clear("a", ConfigurationErrorCode.BUCKET_NOT_FOUND);
            store.it.errors().clearAll("a");
        }
        assertEquals(List.of("org/cloudspend/error/RAISED BUCKET_NOT_FOUND", "org/cloudspend/error/RAISED ROLE_EXPIRED",
                "org/cloudspend/error/CLEARED BUCKET_NOT_FOUND", "org/cloudspend/error/CLEARED ROLE_EXPIRED"),
                posted.stream().map(event -> event.getTopic() + " " + event.getProperty("code")).toList());
        assertEquals("Bucket 'x' does not exist", posted.get(0).getProperty("message"));
        assertEquals("a", posted.get(3).getProperty("account"));
    }

    @Test
    void sealedSecretsAreStoredReplacedAndDiscarded() throws Exception {
        try (var store = new Closing(open(folder))) {
            store.it.secrets().store("a", "v1:first");
            store.it.secrets().store("a", "v1:second");
            assertEquals(Optional.of("v1:second"), store.it.secrets().sealed("a"));
            assertTrue(store.it.secrets().discard("a"));
            assertFalse(store.it.secrets().discard("a"));
            assertEquals(Optional.empty(), store.it.secrets().sealed("a"));
        }
    }
}
