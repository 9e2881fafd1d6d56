package org.sourcequiz.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sourcequiz.study.AnswerRecord;
import org.sourcequiz.study.DayTally;
import org.sourcequiz.engine.Rating;
import org.sourcequiz.study.Tally;
import org.sourcequiz.engine.Verdict;

/** Queries over all answers: the days' tallies for stats, the export, the count, and the file's integrity. */
final class AnswerQueries {
    private AnswerQueries() {}

    /** Each day's tally of answers, oldest first. */
    static List<DayTally> days(Connection c) throws SQLException {
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
    }

    /** Every answer, oldest first. */
    static void forEachAnswer(Connection c, Consumer<AnswerRecord> action) throws SQLException {
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
    }

    static long answerCount(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM answers")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** SQLite's quick integrity check: empty when the file is sound, else what is wrong. */
    static List<String> integrityProblems(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            while (r.next()) {
                if (!"ok".equals(r.getString(1))) {
                    problems.add(r.getString(1));
                }
            }
        }
        return problems;
    }
}
