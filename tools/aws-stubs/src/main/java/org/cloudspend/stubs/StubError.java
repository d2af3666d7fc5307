package org.cloudspend.stubs;

/** An error answer, in the status and error code AWS gives for the same mistake. */
final class StubError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final String code;

    StubError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
