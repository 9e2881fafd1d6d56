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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.sourcequiz.study.AnswerRecord;
import org.sourcequiz.study.Card;
import org.sourcequiz.study.CardState;
import org.sourcequiz.study.DayTally;
import org.sourcequiz.study.Fsrs;
import org.sourcequiz.study.History;
import org.sourcequiz.study.HistoryException;
import org.sourcequiz.study.HistoryException.Reason;
import org.sourcequiz.study.Progression;
import org.sourcequiz.study.QuestionProgress;
import org.sourcequiz.engine.Rating;
import org.sourcequiz.study.SessionOutcome;
import org.sourcequiz.study.SessionRecord;
import org.sourcequiz.study.Tally;
import org.sourcequiz.study.UnfinishedSession;
import org.sourcequiz.engine.Verdict;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteConfig;

/**
 * History in one SQLite file. Nothing is touched until the first call. The journal is a WAL and
 * writers wait for each other ({@code busy_timeout}), so two quizzes in two terminals can write at
 * once; every answer is its own transaction, committed with {@code synchronous=FULL}, so an answer
 * that was graded survives a killed process and a power cut. A file that is not a sourcequiz
 * history, is damaged or comes from a newer version is reported and never written to.
 *
 * <p>One connection per instance; methods are synchronized so a UI thread and a background thread
 * can share it.
 */
public final class SqliteHistory implements History {
    /** How long a writer waits for another before giving up; answers take milliseconds to write. */
    static final int BUSY_TIMEOUT_MS = 10_000;
    private static final int OPEN_ATTEMPTS = 3;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    /** Made when an answer is first written: it needs the time zone, whose rules a cold JVM is slow to read. */
    private final Supplier<Fsrs> fsrs;
    private final Path nativeCache;
    private final List<Migration> migrations;
    private Connection connection;
    /** Statements of the hot paths, prepared once per connection. */
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    /**
     * @param nativeCache where to keep sqlite-jdbc's native library (see {@link NativeLibrary}); null
     *                    leaves the driver to its default
     */
    public SqliteHistory(Path file, Fsrs fsrs, Path nativeCache) {
        this(file, () -> fsrs, nativeCache, Schema.MIGRATIONS);
    }

    /** With the scheduler made by the first write that needs it. */
    public SqliteHistory(Path file, Supplier<Fsrs> fsrs, Path nativeCache) {
        this(file, fsrs, nativeCache, Schema.MIGRATIONS);
    }

    SqliteHistory(Path file, Supplier<Fsrs> fsrs, Path nativeCache, List<Migration> migrations) {
        this.file = file.toAbsolutePath();
        this.fsrs = fsrs;
        this.nativeCache = nativeCache;
        this.migrations = List.copyOf(migrations);
    }

    public Path file() {
        return file;
    }

    // ---- answers -------------------------------------------------------------------------------

    @Override
    public synchronized QuestionProgress record(AnswerRecord answer) {
        return inTransaction(c -> write(c, answer));
    }

    @Override
    public synchronized void recordAll(List<AnswerRecord> answers) {
        inTransaction(c -> {
            for (AnswerRecord a : answers) {
                write(c, a);
            }
            return null;
        });
    }

    private QuestionProgress write(Connection c, AnswerRecord a) throws SQLException {
        Fsrs scheduler = fsrs.get();
        QuestionProgress next = Progression.advance(progress(c, a.questionId()), a, scheduler);
        String day = scheduler.days().dayOf(a.answeredAt()).toString();
        PreparedStatement s = statement(c, """
                INSERT INTO answers (question_id, content_hash, set_id, session_id, mode, given, expected, verdict,
                                     rating, points, max_points, seconds, answered_at, day)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        s.setString(1, a.questionId());
        s.setString(2, a.contentHash());
        s.setString(3, a.setId());
        s.setString(4, a.sessionId());
        s.setString(5, a.mode());
        s.setString(6, a.given());
        s.setString(7, a.expected());
        s.setString(8, a.verdict().label());
        s.setInt(9, a.rating().grade());
        s.setDouble(10, a.points());
        s.setDouble(11, a.maxPoints());
        s.setDouble(12, a.seconds());
        s.setLong(13, a.answeredAt().toEpochMilli());
        s.setString(14, day);
        s.executeUpdate();
        writeProgress(c, next);
        Tally one = Tally.of(a.verdict());
        s = statement(c, """
                INSERT INTO days (day, right_count, partial_count, wrong_count, skipped_count) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (day) DO UPDATE SET right_count = right_count + excluded.right_count,
                  partial_count = partial_count + excluded.partial_count,
                  wrong_count = wrong_count + excluded.wrong_count,
                  skipped_count = skipped_count + excluded.skipped_count""");
        s.setString(1, day);
        s.setLong(2, one.right());
        s.setLong(3, one.partial());
        s.setLong(4, one.wrong());
        s.setLong(5, one.skipped());
        s.executeUpdate();
        return next;
    }

    private void writeProgress(Connection c, QuestionProgress p) throws SQLException {
        PreparedStatement s = statement(c, """
                INSERT OR REPLACE INTO progress (question_id, content_hash, state, stability, difficulty, last_review,
                  due_day, reps, lapses, introduced_day, right_count, partial_count, wrong_count, skipped_count,
                  last_verdict, last_answered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        Card card = p.card();
        s.setString(1, p.questionId());
        s.setString(2, p.contentHash());
        s.setString(3, card.state() == CardState.NEW ? "new" : "review");
        s.setDouble(4, card.stability());
        s.setDouble(5, card.difficulty());
        if (card.lastReview() == null) {
            s.setNull(6, Types.INTEGER);
        } else {
            s.setLong(6, card.lastReview().toEpochMilli());
        }
        s.setString(7, card.due() == null ? null : card.due().toString());
        s.setInt(8, card.reps());
        s.setInt(9, card.lapses());
        s.setString(10, p.introduced().toString());
        s.setLong(11, p.tally().right());
        s.setLong(12, p.tally().partial());
        s.setLong(13, p.tally().wrong());
        s.setLong(14, p.tally().skipped());
        s.setString(15, p.lastVerdict().label());
        s.setLong(16, p.lastAnsweredAt().toEpochMilli());
        s.executeUpdate();
    }

    private static final String PROGRESS_COLUMNS = """
            question_id, content_hash, state, stability, difficulty, last_review, due_day, reps, lapses, introduced_day,
            right_count, partial_count, wrong_count, skipped_count, last_verdict, last_answered_at""";

    private QuestionProgress progress(Connection c, String questionId) throws SQLException {
        PreparedStatement s = statement(c, "SELECT " + PROGRESS_COLUMNS + " FROM progress WHERE question_id = ?");
        s.setString(1, questionId);
        try (ResultSet r = s.executeQuery()) {
            return r.next() ? progress(r) : null;
        }
    }

    private PreparedStatement statement(Connection c, String sql) throws SQLException {
        PreparedStatement s = prepared.get(sql);
        if (s == null) {
            s = c.prepareStatement(sql);
            prepared.put(sql, s);
        }
        return s;
    }

    private static QuestionProgress progress(ResultSet r) throws SQLException {
        boolean isNew = "new".equals(r.getString(3));
        long lastReview = r.getLong(6);
        Instant last = r.wasNull() ? null : Instant.ofEpochMilli(lastReview);
        String due = r.getString(7);
        Card card = new Card(isNew ? CardState.NEW : CardState.REVIEW, r.getDouble(4), r.getDouble(5), last,
                due == null ? null : LocalDate.parse(due), r.getInt(8), r.getInt(9));
        Tally tally = new Tally(r.getLong(11), r.getLong(12), r.getLong(13), r.getLong(14));
        return new QuestionProgress(r.getString(1), r.getString(2), card, LocalDate.parse(r.getString(10)), tally,
                Verdict.ofLabel(r.getString(15)), Instant.ofEpochMilli(r.getLong(16)));
    }

    @Override
    public synchronized Map<String, QuestionProgress> progress() {
        return read(c -> {
            Map<String, QuestionProgress> out = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT " + PROGRESS_COLUMNS + " FROM progress")) {
                while (r.next()) {
                    QuestionProgress p = progress(r);
                    out.put(p.questionId(), p);
                }
            }
            return out;
        });
    }

    @Override
    public synchronized List<DayTally> days() {
        return read(c -> {
            List<DayTally> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery(
                         "SELECT day, right_count, partial_count, wrong_count, skipped_count FROM days ORDER BY day")) {
                while (r.next()) {
                    out.add(new DayTally(LocalDate.parse(r.getString(1)),
                            new Tally(r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5))));
                }
            }
            return out;
        });
    }

    @Override
    public synchronized void forEachAnswer(Consumer<AnswerRecord> action) {
        read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("""
                         SELECT question_id, content_hash, set_id, session_id, mode, given, expected, verdict, rating,
                                points, max_points, seconds, answered_at
                         FROM answers ORDER BY id""")) {
                while (r.next()) {
                    action.accept(new AnswerRecord(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getString(7), Verdict.ofLabel(r.getString(8)),
                            Rating.ofGrade(r.getInt(9)), r.getDouble(10), r.getDouble(11), r.getDouble(12),
                            Instant.ofEpochMilli(r.getLong(13))));
                }
            }
            return null;
        });
    }

    @Override
    public synchronized long answerCount() {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM answers")) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    // ---- sessions ------------------------------------------------------------------------------

    @Override
    public synchronized void startSession(SessionRecord session) {
        inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO sessions (id, started_at, mode, seed, question_ids, options, owner_pid, owner_started_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                s.setString(1, session.id());
                s.setLong(2, session.startedAt().toEpochMilli());
                s.setString(3, session.mode());
                s.setLong(4, session.seed());
                s.setString(5, String.join("\n", session.questionIds()));
                s.setString(6, session.options());
                s.setLong(7, session.ownerPid());
                if (session.ownerStartedAt() == null) {
                    s.setNull(8, Types.INTEGER);
                } else {
                    s.setLong(8, session.ownerStartedAt().toEpochMilli());
                }
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public synchronized void finishSession(String sessionId, Instant at, SessionOutcome outcome) {
        inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE sessions SET finished_at = ?, outcome = ? WHERE id = ? AND finished_at IS NULL")) {
                s.setLong(1, at.toEpochMilli());
                s.setString(2, outcome.label());
                s.setString(3, sessionId);
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public synchronized List<UnfinishedSession> unfinishedSessions() {
        return read(c -> {
            List<SessionRecord> sessions = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("""
                         SELECT id, started_at, mode, seed, question_ids, options, owner_pid, owner_started_at
                         FROM sessions WHERE finished_at IS NULL ORDER BY started_at""")) {
                while (r.next()) {
                    String ids = r.getString(5);
                    long ownerStart = r.getLong(8);
                    Instant ownerStartedAt = r.wasNull() ? null : Instant.ofEpochMilli(ownerStart);
                    sessions.add(new SessionRecord(r.getString(1), Instant.ofEpochMilli(r.getLong(2)), r.getString(3),
                            r.getLong(4), ids.isEmpty() ? List.of() : Arrays.asList(ids.split("\n")), r.getString(6),
                            r.getLong(7), ownerStartedAt));
                }
            }
            List<UnfinishedSession> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT question_id FROM answers WHERE session_id = ? GROUP BY question_id ORDER BY min(id)")) {
                for (SessionRecord session : sessions) {
                    s.setString(1, session.id());
                    List<String> answered = new ArrayList<>();
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            answered.add(r.getString(1));
                        }
                    }
                    out.add(new UnfinishedSession(session, answered));
                }
            }
            return out;
        });
    }

    // ---- checks --------------------------------------------------------------------------------

    /** SQLite's quick integrity check: empty when the file is sound, else what is wrong. */
    public synchronized List<String> integrityProblems() {
        return read(c -> {
            List<String> problems = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA quick_check")) {
                while (r.next()) {
                    if (!"ok".equals(r.getString(1))) {
                        problems.add(r.getString(1));
                    }
                }
            }
            return problems;
        });
    }

    /** The schema version of the file, opening it if need be. */
    public synchronized int schemaVersion() {
        return read(SqliteHistory::userVersion);
    }

    @Override
    public synchronized void close() {
        if (connection == null) {
            return;
        }
        try {
            for (PreparedStatement s : prepared.values()) {
                s.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file);
        } finally {
            prepared.clear();
            connection = null;
        }
    }

    // ---- opening -------------------------------------------------------------------------------

    private Connection connection() {
        if (connection == null) {
            connection = open();
        }
        return connection;
    }

    private Connection open() {
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

    private static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    // ---- transactions --------------------------------------------------------------------------

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(Work<T> work) {
        try {
            return work.run(connection());
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file);
        }
    }

    /**
     * BEGIN IMMEDIATE takes the write lock up front: a transaction that reads first and upgrades
     * later could fail at once with "database is locked" instead of waiting its turn.
     */
    private <T> T inTransaction(Work<T> work) {
        Connection c = connection();
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                T result = work.run(c);
                s.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file);
        }
    }

    /** A ROLLBACK that fails (say, because a failed COMMIT already ended the transaction) is kept with the cause. */
    private static void rollback(Connection c, Exception cause) {
        try (Statement s = c.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
