package org.cloudspend.credentials.internal;

import org.cloudspend.api.credentials.CredentialsException;
import org.cloudspend.api.credentials.CredentialsException.Reason;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns what STS answers into a {@link CredentialsException} a person can act on (and that holds no secret). */
final class StsFailures {

    private StsFailures() {
    }

    static CredentialsException explain(String what, SdkException failure) {
        if (failure.getCause() instanceof CredentialsException known) {
            return known;
        }
        if (failure.getMessage() != null && failure.getMessage().startsWith("Unable to load credentials")) {
            return new CredentialsException(Reason.NO_OWN_IDENTITY, what + " failed: cloudspend has no AWS identity of"
                    + " its own. Set access.key.id and secret.access.key in etc/org.cloudspend.credentials.cfg, or give"
                    + " the host default AWS credentials (environment, ~/.aws, instance or container role)", failure);
        }
        if (!(failure instanceof AwsServiceException service) || service.awsErrorDetails() == null) {
            return new CredentialsException(Reason.UNAVAILABLE, what + " failed: STS could not be reached ("
                    + failure.getMessage() + ")", failure);
        }
        String code = service.awsErrorDetails().errorCode();
        String message = service.awsErrorDetails().errorMessage();
        return switch (code == null ? "" : code) {
            case "AccessDenied" -> new CredentialsException(Reason.ACCESS_DENIED, what + " was refused by AWS ("
                    + message + "): the role does not exist, its trust policy does not name cloudspend's account, or"
                    + " its sts:ExternalId condition asks for another External ID", failure);
            case "ExpiredToken", "ExpiredTokenException" -> new CredentialsException(Reason.EXPIRED, what
                    + " failed: the security token expired", failure);
            case "InvalidClientTokenId", "SignatureDoesNotMatch", "UnrecognizedClientException" ->
                    new CredentialsException(Reason.EXPIRED, what + " failed: AWS does not accept the access key ("
                            + code + "): it was deleted, deactivated or its secret is wrong", failure);
            case "RegionDisabledException" -> new CredentialsException(Reason.REGION_DISABLED, what
                    + " failed: STS is not activated in this region for the account (" + message + ")", failure);
            case "Throttling", "ThrottlingException", "RequestLimitExceeded" -> new CredentialsException(
                    Reason.UNAVAILABLE, what + " was throttled by AWS: it is retried later", failure);
            default -> new CredentialsException(service.statusCode() >= 500 ? Reason.UNAVAILABLE : Reason.ACCESS_DENIED,
                    what + " failed: " + code + " (" + message + ")", failure);
        };
    }
}
