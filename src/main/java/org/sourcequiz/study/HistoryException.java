package org.sourcequiz.study;

import java.nio.file.Path;

/**
 * History cannot be used. The file is left exactly as it was; the command line turns this into a
 * one-line message naming the file and what to do, and exit code 1.
 */
public final class HistoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why history cannot be used; each has its own fix. */
    public enum Reason {
        /** Not a database, or a database with damaged pages: move it aside. */
        DAMAGED,
        /** Written by a newer sourcequiz: upgrade, or keep a separate history. */
        NEWER_VERSION,
        /** A database of some other program. */
        NOT_A_HISTORY,
        /** The file or its folder cannot be read or written. */
        INACCESSIBLE,
        /** The folder or the file is read-only (permissions, a read-only disk): make it writable, or use another. */
        READ_ONLY,
        /** The disk is full: free some space, or use another folder. */
        DISK_FULL
    }

    private final Reason reason;
    private final transient Path file;
    private final String detail;

    public HistoryException(Reason reason, Path file, String detail, Throwable cause) {
        super(file + ": " + detail, cause);
        this.reason = reason;
        this.file = file;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }

    /** What is wrong, without the file name. */
    public String detail() {
        return detail;
    }
}
