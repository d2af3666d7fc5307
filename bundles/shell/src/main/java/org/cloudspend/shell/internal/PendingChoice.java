package org.cloudspend.shell.internal;

import java.util.List;
import org.cloudspend.api.account.AccountIntegrationService;
import org.cloudspend.api.account.ExternalId;
import org.cloudspend.api.account.PendingIntegration;

/** Picks the External ID a document is made for: given, of a named pending integration, or of the only one. */
final class PendingChoice {

    private PendingChoice() {
    }

    static ExternalId externalId(AccountIntegrationService integration, String externalId, String pendingId) {
        if (externalId != null) {
            return new ExternalId(externalId);
        }
        List<PendingIntegration> pending = integration.pendingIntegrations();
        if (pendingId != null) {
            return pending.stream().filter(p -> p.id().equals(pendingId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("There is no pending integration '" + pendingId
                            + "': see cloudspend:external-id --list"))
                    .externalId();
        }
        if (pending.size() == 1) {
            return pending.get(0).externalId();
        }
        throw new IllegalArgumentException(pending.isEmpty()
                ? "There is no pending integration: start one with cloudspend:external-id"
                : "There are " + pending.size() + " pending integrations: choose one with --pending <id>"
                        + " (cloudspend:external-id --list shows them)");
    }
}
