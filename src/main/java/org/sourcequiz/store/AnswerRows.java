package org.sourcequiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.sourcequiz.study.AnswerRecord;
import org.sourcequiz.study.Card;
import org.sourcequiz.study.CardState;
import org.sourcequiz.study.Fsrs;
import org.sourcequiz.study.Progression;
import org.sourcequiz.study.QuestionProgress;
import org.sourcequiz.study.Tally;

/** Writing an answer: its row, the question's progress after it, and the day's tally. */
final class AnswerRows {
    private AnswerRows() {}

    /** The answer, the question's new progress and the day's tally, in the caller's transaction. */
    static QuestionProgress write(Connection c, PreparedStatements statements, AnswerRecord a, Fsrs scheduler)
            throws SQLException {
        QuestionProgress next = Progression.advance(ProgressRows.one(c, statements, a.questionId()), a, scheduler);
        String day = scheduler.days().dayOf(a.answeredAt()).toString();
        PreparedStatement s = statements.get(c, """
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
        writeProgress(c, statements, next);
        Tally one = Tally.of(a.verdict());
        s = statements.get(c, """
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

    private static void writeProgress(Connection c, PreparedStatements statements, QuestionProgress p) throws SQLException {
        PreparedStatement s = statements.get(c, """
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
}
