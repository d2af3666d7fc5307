package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.cloudspend.api.account.AccountIntegrationService;
import org.cloudspend.api.account.ExternalId;

/** A document made for one External ID (of a pending integration, or given), printed or written to a file. */
abstract class ExternalIdDocumentCommand extends CloudspendCommand {

    @Option(name = "-p", aliases = "--pending", description = "The pending integration (default: the only one)")
    String pending;

    @Option(name = "-e", aliases = "--external-id", description = "An External ID instead of a pending integration's")
    String externalId;

    @Option(name = "-o", aliases = "--output", description = "Writes it to this file instead")
    @Completion(FileCompleter.class)
    String output;

    @Reference
    AccountIntegrationService integration;

    /** The document for that External ID. */
    abstract String document(ExternalId externalId);

    /** What the document is, for the message when it is written to a file. */
    abstract String what();

    @Override
    protected Object run() throws Exception {
        DocumentOutput.emit(document(PendingChoice.externalId(integration, externalId, pending)), output, what());
        return null;
    }
}
