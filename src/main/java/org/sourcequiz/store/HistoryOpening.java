package org.sourcequiz.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.sourcequiz.study.HistoryException;
import org.sourcequiz.study.HistoryException.Reason;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteConfig;

/**
 * Opening a history file: a file that is not ours, damaged or from a newer version is reported
 * before anything is written; a new or older one is brought to the latest schema.
 */
final class HistoryOpening {
    /** How long a writer waits for another before giving up; answers take milliseconds to write. */
    static final int BUSY_TIMEOUT_MS = 10_000;
    private static final int OPEN_ATTEMPTS = 3;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Path nativeCache;
    private final List<Migration> migrations;

    HistoryOpening(Path file, Path nativeCache, List<Migration> migrations) {
        this.file = file;
        this.nativeCache = nativeCache;
        this.migrations = List.copyOf(migrations);
    }

    /** A connection to a sourcequiz history of the latest schema: the file is checked, made and migrated as needed. */
    Connection open() {
        if (nativeCache != null) {
            NativeLibrary.useCacheIn(nativeCache);
        }
        checkHeader();
        // Two quizzes opening a new history at the same moment both switch it to WAL; one can find the
        // rollback journal it meant to delete already gone (SQLITE_IOERR_DELETE_NOENT). The other
        // connection has done the work by then, so a fresh attempt opens the file as it now is.
        for (int attempt = 1; ; attempt++) {
            try {
                return openConnection();
            } catch (HistoryException e) {
                if (attempt == OPEN_ATTEMPTS || !(e.getCause() instanceof SQLiteException sql)
                        || sql.getResultCode() != SQLiteErrorCode.SQLITE_IOERR_DELETE_NOENT) {
                    throw e;
                }
            }
        }
    }

    private Connection openConnection() {
        Connection c;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            c = config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw SqliteErrors.translateOpen(e, file);
        }
        try {
            checkOwnership(c);
            try (Statement s = c.createStatement()) {
                // Only now that the file is known to be ours may its journal mode be changed.
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = FULL");
            }
            migrate(c);
            return c;
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof SQLException sql) {
                throw SqliteErrors.translate(sql, file);
            }
            throw (RuntimeException) e;
        }
    }

    /** A file that does not even start like a database is reported before SQLite is let near it. */
    private void checkHeader() {
        Path dir = file.getParent();
        if (dir != null) {
            createFolder(dir);
        }
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return;
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(SQLITE_HEADER.length);
            }
            if (!Arrays.equals(head, SQLITE_HEADER)) {
                throw new HistoryException(Reason.DAMAGED, file, "the history file is not an SQLite database", null);
            }
        } catch (AccessDeniedException e) {
            throw new HistoryException(Reason.INACCESSIBLE, file, "permission denied", e);
        } catch (IOException e) {
            throw new HistoryException(Reason.INACCESSIBLE, file, "cannot read the history file (" + e + ")", e);
        }
    }

    private void createFolder(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new HistoryException(Reason.INACCESSIBLE, file, e.getFile() + " is a file, not a folder", e);
        } catch (AccessDeniedException e) {
            throw new HistoryException(Reason.READ_ONLY, file, "cannot create the folder " + dir + " (permission denied)", e);
        } catch (FileSystemException e) {
            String why = e.getReason() == null ? e.toString() : e.getReason();
            String detail = "cannot create the folder " + dir + " (" + (e.getFile() == null ? "" : e.getFile() + ": ") + why + ")";
            Reason reason = why.contains("No space left") ? Reason.DISK_FULL
                    : why.contains("Read-only file system") ? Reason.READ_ONLY : Reason.INACCESSIBLE;
            throw new HistoryException(reason, file, detail, e);
        } catch (IOException e) {
            throw new HistoryException(Reason.INACCESSIBLE, file, "cannot create the folder " + dir + " (" + e + ")", e);
        }
    }

    private void checkOwnership(Connection c) throws SQLException {
        int appId;
        int tables;
        // One statement, so one snapshot: read separately, another process creating the history at
        // the same moment could commit its tables and id in between and look like a foreign file.
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT application_id FROM pragma_application_id()),"
                     + " (SELECT count(*) FROM sqlite_master)")) {
            r.next();
            appId = r.getInt(1);
            tables = r.getInt(2);
        }
        if (appId != Schema.APPLICATION_ID && (appId != 0 || tables > 0)) {
            throw new HistoryException(Reason.NOT_A_HISTORY, file,
                    "this is an SQLite database of another program, not a sourcequiz history", null);
        }
        checkNotNewer(userVersion(c));
    }

    private void checkNotNewer(int version) {
        int latest = latestVersion();
        if (version > latest) {
            throw new HistoryException(Reason.NEWER_VERSION, file, "written by a newer sourcequiz (history schema "
                    + version + "; this version reads up to " + latest + ")", null);
        }
    }

    private int latestVersion() {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    /** Applies the missing steps; the version is re-read under the write lock, as another process may have migrated. */
    private void migrate(Connection c) throws SQLException {
        if (userVersion(c) == latestVersion()) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                int version = userVersion(c);
                checkNotNewer(version);
                for (Migration m : migrations) {
                    if (m.version() > version) {
                        m.step().apply(c);
                    }
                }
                s.execute("PRAGMA application_id = " + Schema.APPLICATION_ID);
                s.execute("PRAGMA user_version = " + latestVersion());
                s.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            }
        }
    }

    static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /** A ROLLBACK that fails (say, because a failed COMMIT already ended the transaction) is kept with the cause. */
    static void rollback(Connection c, Exception cause) {
        try (Statement s = c.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
