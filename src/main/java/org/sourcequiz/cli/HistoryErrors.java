package org.sourcequiz.cli;

import org.sourcequiz.study.HistoryException;

/** Main's and Home's name for {@link org.sourcequiz.app.HistoryErrors}, until they call it themselves. */
final class HistoryErrors {
    private HistoryErrors() {}

    static String message(HistoryException e, String[] args) {
        return org.sourcequiz.app.HistoryErrors.message(e, args);
    }
}
