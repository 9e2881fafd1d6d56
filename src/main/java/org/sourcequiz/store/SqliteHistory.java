package org.sourcequiz.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.sourcequiz.study.AnswerRecord;
import org.sourcequiz.study.DayTally;
import org.sourcequiz.study.Fsrs;
import org.sourcequiz.study.History;
import org.sourcequiz.study.QuestionProgress;
import org.sourcequiz.study.SessionOutcome;
import org.sourcequiz.study.SessionRecord;
import org.sourcequiz.study.UnfinishedSession;

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
    private final Path file;
    /** Made when an answer is first written: it needs the time zone, whose rules a cold JVM is slow to read. */
    private final Supplier<Fsrs> fsrs;
    private final HistoryOpening opening;
    private Connection connection;
    private final PreparedStatements prepared = new PreparedStatements();

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
        this.opening = new HistoryOpening(this.file, nativeCache, migrations);
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized QuestionProgress record(AnswerRecord answer) {
        return inTransaction(c -> AnswerRows.write(c, prepared, answer, fsrs.get()));
    }

    @Override
    public synchronized void recordAll(List<AnswerRecord> answers) {
        inTransaction(c -> {
            for (AnswerRecord a : answers) {
                AnswerRows.write(c, prepared, a, fsrs.get());
            }
            return null;
        });
    }

    @Override
    public synchronized Map<String, QuestionProgress> progress() {
        return read(ProgressRows::all);
    }

    @Override
    public synchronized List<DayTally> days() {
        return read(AnswerQueries::days);
    }

    @Override
    public synchronized void forEachAnswer(Consumer<AnswerRecord> action) {
        read(c -> {
            AnswerQueries.forEachAnswer(c, action);
            return null;
        });
    }

    @Override
    public synchronized long answerCount() {
        return read(AnswerQueries::answerCount);
    }

    @Override
    public synchronized void startSession(SessionRecord session) {
        inTransaction(c -> {
            SessionRows.start(c, session);
            return null;
        });
    }

    @Override
    public synchronized void finishSession(String sessionId, Instant at, SessionOutcome outcome) {
        inTransaction(c -> {
            SessionRows.finish(c, sessionId, at, outcome);
            return null;
        });
    }

    @Override
    public synchronized List<UnfinishedSession> unfinishedSessions() {
        return read(SessionRows::unfinished);
    }

    /** SQLite's quick integrity check: empty when the file is sound, else what is wrong. */
    public synchronized List<String> integrityProblems() {
        return read(AnswerQueries::integrityProblems);
    }

    /** The schema version of the file, opening it if need be. */
    public synchronized int schemaVersion() {
        return read(HistoryOpening::userVersion);
    }

    @Override
    public synchronized void close() {
        if (connection == null) {
            return;
        }
        try {
            prepared.close();
            connection.close();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file);
        } finally {
            connection = null;
        }
    }

    private Connection connection() {
        if (connection == null) {
            connection = opening.open();
        }
        return connection;
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
                HistoryOpening.rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file);
        }
    }
}
