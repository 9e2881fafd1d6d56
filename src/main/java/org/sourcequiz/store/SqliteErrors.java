package org.sourcequiz.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern OPENING = Pattern.compile("opening db: '.*': (.+)", Pattern.DOTALL);

    private SqliteErrors() {}

    static RuntimeException translate(SQLException e, Path file) {
        int code = e.getErrorCode() & 0xFF;
        return switch (code) {
            case CORRUPT -> new HistoryException(Reason.DAMAGED, file, "the history database is damaged (" + brief(e) + ")", e);
            case NOTADB -> new HistoryException(Reason.DAMAGED, file, "the history file is not a database any more", e);
            case PERM, READONLY, CANTOPEN -> cannotWrite(e, file);
            case FULL -> new HistoryException(Reason.DISK_FULL, file, "the disk is full", e);
            // A full disk shows as an I/O error where SQLite grows its shared-memory file, not as SQLITE_FULL.
            case IOERR -> noSpaceLeft(file) ? new HistoryException(Reason.DISK_FULL, file, "the disk is full", e)
                    : new HistoryException(Reason.INACCESSIBLE, file, "input/output error (" + brief(e) + ")", e);
            case BUSY, LOCKED -> new HistoryException(Reason.INACCESSIBLE, file,
                    "another program kept the history locked for too long", e);
            default -> new IllegalStateException("SQLite error on " + file + ": " + e.getMessage(), e);
        };
    }

    /**
     * For a failure to open the file. The driver checks that it can create the file before SQLite
     * sees it, and reports that without an SQLite code: whatever stops the opening is the folder's
     * or the disk's problem, never a bug.
     */
    static HistoryException translateOpen(SQLException e, Path file) {
        RuntimeException t = translate(e, file);
        return t instanceof HistoryException h ? h : cannotWrite(e, file);
    }

    private static HistoryException cannotWrite(SQLException e, Path file) {
        Path folder = file.getParent();
        if (folder != null && Files.isDirectory(folder) && !Files.isWritable(folder)) {
            return new HistoryException(Reason.READ_ONLY, file, "the folder " + folder + " is read-only (" + brief(e) + ")", e);
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            return new HistoryException(Reason.READ_ONLY, file, "the history file is read-only (" + brief(e) + ")", e);
        }
        if (noSpaceLeft(file)) {
            return new HistoryException(Reason.DISK_FULL, file, "the disk is full", e);
        }
        return new HistoryException(Reason.INACCESSIBLE, file, "cannot write the history file (" + brief(e) + ")", e);
    }

    /** Whether the disk of the history's folder has no room left; false when that cannot be told. */
    static boolean noSpaceLeft(Path file) {
        Path folder = file.getParent();
        try {
            return folder != null && Files.getFileStore(folder).getUsableSpace() == 0;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * SQLite's own wording, without the driver's "[SQLITE_...]" prefix, or the reason the driver
     * gives for not opening a file without "opening db: 'FILE': " (the file is named already).
     */
    static String brief(SQLException e) {
        String m = String.valueOf(e.getMessage());
        Matcher opening = OPENING.matcher(m);
        if (opening.matches()) {
            return opening.group(1);
        }
        int close = m.indexOf(']');
        String text = m.startsWith("[") && close > 0 ? m.substring(close + 1).strip() : m;
        int paren = text.indexOf(" (");
        return paren > 0 ? text.substring(0, paren) : text;
    }
}
