package org.sourcequiz.app;

import java.nio.file.Path;

/** A results file or folder that analyze cannot read; the message is one line, with file, line and column where known. */
public final class ResultsFileException extends UserInputException {
    private static final long serialVersionUID = 1L;

    public ResultsFileException(String message) {
        super(message);
    }

    static ResultsFileException at(Path file, long line, long column, String what) {
        return new ResultsFileException(file + ":" + line + ":" + column + ": " + what);
    }
}
