package org.sourcequiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sourcequiz.study.SessionOutcome;
import org.sourcequiz.study.SessionRecord;
import org.sourcequiz.study.UnfinishedSession;

/** The sessions table: quizzes started, finished, or left unfinished to be resumed. */
final class SessionRows {
    private SessionRows() {}

    /** A new session, open until it is finished. */
    static void start(Connection c, SessionRecord session) throws SQLException {
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
    }

    /** Marks the session finished, once: a second call leaves the first outcome. */
    static void finish(Connection c, String sessionId, Instant at, SessionOutcome outcome) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE sessions SET finished_at = ?, outcome = ? WHERE id = ? AND finished_at IS NULL")) {
            s.setLong(1, at.toEpochMilli());
            s.setString(2, outcome.label());
            s.setString(3, sessionId);
            s.executeUpdate();
        }
    }

    /** The sessions never finished, oldest first, each with the questions it answered. */
    static List<UnfinishedSession> unfinished(Connection c) throws SQLException {
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
    }
}
