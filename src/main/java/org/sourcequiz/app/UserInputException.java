package org.sourcequiz.app;

/**
 * Something wrong with what the user gave (a file, a value): exit 1 with a one-line message. The
 * jobs' own kinds of it (an import that cannot read a file, a results file analyze cannot read) extend it.
 */
public class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }
}
