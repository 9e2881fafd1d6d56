package org.sourcequiz.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sourcequiz.study.HistoryException;
import org.sourcequiz.study.HistoryException.Reason;

/** Turns SQLite's errors into what the learner can act on; anything else is a bug. */
final class SqliteErrors {
    // Primary result codes, https://www.sqlite.org/rescode.html
    private static final int PERM = 3;
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;

    private SqliteErrors() {}

    static RuntimeException translate(SQLException e, Path file) {
        int code = e.getErrorCode() & 0xFF;
        return switch (code) {
            case CORRUPT -> new HistoryException(Reason.DAMAGED, file, "the history database is damaged (" + brief(e) + ")", e);
            case NOTADB -> new HistoryException(Reason.DAMAGED, file, "the history file is not a database any more", e);
            case PERM, READONLY, CANTOPEN -> new HistoryException(Reason.INACCESSIBLE, file,
                    "cannot write the history file (" + brief(e) + ")", e);
            case FULL -> new HistoryException(Reason.INACCESSIBLE, file, "the disk is full", e);
            case IOERR -> new HistoryException(Reason.INACCESSIBLE, file, "input/output error (" + brief(e) + ")", e);
            case BUSY, LOCKED -> new HistoryException(Reason.INACCESSIBLE, file,
                    "another program kept the history locked for too long", e);
            default -> new IllegalStateException("SQLite error on " + file + ": " + e.getMessage(), e);
        };
    }

    /** SQLite's own wording, without the driver's "[SQLITE_...]" prefix. */
    private static String brief(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int close = m.indexOf(']');
        String text = m.startsWith("[") && close > 0 ? m.substring(close + 1).strip() : m;
        int paren = text.indexOf(" (");
        return paren > 0 ? text.substring(0, paren) : text;
    }
}
