package org.sourcequiz.engine;

/** A response that cannot be graded (wrong kind, index out of range, unreadable text); the message is one line for the student. */
public final class InvalidResponseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidResponseException(String reason) {
        super(reason);
    }
}
