package org.sourcequiz.store;

import java.util.List;

/**
 * The history database's schema, as the list of migrations that build it. The version applied is
 * kept in {@code PRAGMA user_version}; {@code PRAGMA application_id} marks the file as a
 * sourcequiz history. New versions only ever append a migration.
 *
 * <p>Times are milliseconds since the epoch (UTC); {@code day} columns are study days
 * ({@code YYYY-MM-DD}, local time with the rollover hour) as the learner lived them.
 * {@code progress} and {@code days} are summaries of {@code answers}, updated in the same
 * transaction as each answer, so that stats and the review queue read a few hundred rows instead
 * of every answer ever given.
 */
public final class Schema {
    /** "SQZH" in ASCII. */
    public static final int APPLICATION_ID = 0x53515A48;

    public static final List<Migration> MIGRATIONS = List.of(
            Migration.sql(1, "answers, per-question progress, per-day counts, sessions", List.of(
                    """
                    CREATE TABLE answers (
                      id           INTEGER PRIMARY KEY,
                      question_id  TEXT    NOT NULL,
                      content_hash TEXT    NOT NULL,
                      set_id       TEXT    NOT NULL,
                      session_id   TEXT    NOT NULL,
                      mode         TEXT    NOT NULL,
                      given        TEXT    NOT NULL,
                      expected     TEXT    NOT NULL,
                      verdict      TEXT    NOT NULL CHECK (verdict IN ('right', 'partial', 'wrong', 'skipped')),
                      rating       INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
                      points       REAL    NOT NULL,
                      max_points   REAL    NOT NULL,
                      seconds      REAL    NOT NULL,
                      answered_at  INTEGER NOT NULL,
                      day          TEXT    NOT NULL
                    )""",
                    "CREATE INDEX answers_by_session ON answers (session_id)",
                    """
                    CREATE TABLE progress (
                      question_id      TEXT    PRIMARY KEY,
                      content_hash     TEXT    NOT NULL,
                      state            TEXT    NOT NULL CHECK (state IN ('new', 'review')),
                      stability        REAL    NOT NULL,
                      difficulty       REAL    NOT NULL,
                      last_review      INTEGER,
                      due_day          TEXT,
                      reps             INTEGER NOT NULL,
                      lapses           INTEGER NOT NULL,
                      introduced_day   TEXT    NOT NULL,
                      right_count      INTEGER NOT NULL,
                      partial_count    INTEGER NOT NULL,
                      wrong_count      INTEGER NOT NULL,
                      skipped_count    INTEGER NOT NULL,
                      last_verdict     TEXT    NOT NULL,
                      last_answered_at INTEGER NOT NULL
                    ) WITHOUT ROWID""",
                    """
                    CREATE TABLE days (
                      day           TEXT    PRIMARY KEY,
                      right_count   INTEGER NOT NULL,
                      partial_count INTEGER NOT NULL,
                      wrong_count   INTEGER NOT NULL,
                      skipped_count INTEGER NOT NULL
                    ) WITHOUT ROWID""",
                    """
                    CREATE TABLE sessions (
                      id               TEXT    PRIMARY KEY,
                      started_at       INTEGER NOT NULL,
                      mode             TEXT    NOT NULL,
                      seed             INTEGER NOT NULL,
                      question_ids     TEXT    NOT NULL,
                      options          TEXT    NOT NULL,
                      owner_pid        INTEGER NOT NULL,
                      owner_started_at INTEGER,
                      finished_at      INTEGER,
                      outcome          TEXT
                    )""",
                    "CREATE INDEX sessions_unfinished ON sessions (started_at) WHERE finished_at IS NULL")));

    private Schema() {}

    public static int latestVersion() {
        return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
    }
}
