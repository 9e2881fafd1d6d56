package org.sourcequiz.app;

/** Something wrong with what the user gave (a file, a value): exit 1 with a one-line message. */
public final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }
}
