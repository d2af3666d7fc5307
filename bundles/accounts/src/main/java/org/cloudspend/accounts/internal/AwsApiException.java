package org.cloudspend.accounts.internal;

/** An AWS API answered with an error: its code (e.g. {@code AccessDeniedException}), message and HTTP status. */
final class AwsApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final int status;

    AwsApiException(String code, String message, int status) {
        super(code + ": " + message);
        this.code = code;
        this.status = status;
    }

    String code() {
        return code;
    }

    int status() {
        return status;
    }

    boolean isAccessDenied() {
        return code.equals("AccessDeniedException") || code.equals("AccessDenied");
    }

    boolean isExpiredOrInvalidToken() {
        return code.equals("ExpiredTokenException") || code.equals("UnrecognizedClientException")
                || code.equals("InvalidSignatureException");
    }
}
