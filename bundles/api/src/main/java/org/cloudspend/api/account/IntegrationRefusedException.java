package org.cloudspend.api.account;

/**
 * An integration request refused before anything was stored or sent to AWS: a new IAM-user integration while those are
 * not allowed, an unknown account or pending integration, a role ARN that does not belong to the account. The message
 * says what to do instead.
 */
public class IntegrationRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IntegrationRefusedException(String message) {
        super(message);
    }
}
