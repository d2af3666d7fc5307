package org.cloudspend.shell.internal;

/**
 * A user's mistake (an unknown id, a bad option): Karaf's shell prints its message alone, on one line, and logs it at
 * debug level only, as it does for its own {@code CommandException}s (it goes by the simple name).
 */
final class CommandException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CommandException(String message, Throwable cause) {
        super(message, cause);
    }
}
