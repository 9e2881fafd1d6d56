package org.sourcequiz.app;

/** A value the command line names that does not exist (a set, a tag): exit 2 with a one-line message. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
