package org.sourcequiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sourcequiz.study.Card;
import org.sourcequiz.study.CardState;
import org.sourcequiz.study.QuestionProgress;
import org.sourcequiz.study.Tally;
import org.sourcequiz.engine.Verdict;

/** Reading what history knows of each question: its card, its tally and its last answer. */
final class ProgressRows {
    private ProgressRows() {}

    private static final String PROGRESS_COLUMNS = """
            question_id, content_hash, state, stability, difficulty, last_review, due_day, reps, lapses, introduced_day,
            right_count, partial_count, wrong_count, skipped_count, last_verdict, last_answered_at""";

    /** One question's progress, or null when it was never answered. */
    static QuestionProgress one(Connection c, PreparedStatements statements, String questionId) throws SQLException {
        PreparedStatement s = statements.get(c, "SELECT " + PROGRESS_COLUMNS + " FROM progress WHERE question_id = ?");
        s.setString(1, questionId);
        try (ResultSet r = s.executeQuery()) {
            return r.next() ? progress(r) : null;
        }
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

    /** Every question's progress, by question id. */
    static Map<String, QuestionProgress> all(Connection c) throws SQLException {
        Map<String, QuestionProgress> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT " + PROGRESS_COLUMNS + " FROM progress")) {
            while (r.next()) {
                QuestionProgress p = progress(r);
                out.put(p.questionId(), p);
            }
        }
        return out;
    }
}
