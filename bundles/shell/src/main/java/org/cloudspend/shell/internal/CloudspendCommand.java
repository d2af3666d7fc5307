package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.cloudspend.api.account.IntegrationRefusedException;

/**
 * A cloudspend: command. What the user got wrong (an {@link IllegalArgumentException} or a refused integration) ends
 * the command with its message on one line, not with a stack trace in karaf.log; anything else is a fault and is
 * logged whole.
 */
abstract class CloudspendCommand implements Action {

    @Override
    public final Object execute() throws Exception {
        try {
            return run();
        } catch (IllegalArgumentException | IntegrationRefusedException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    protected abstract Object run() throws Exception;
}
