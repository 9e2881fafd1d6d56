package org.sourcequiz.app;

import java.time.Clock;
import java.util.function.Function;
import org.sourcequiz.engine.QuizResult;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.store.SqliteHistory;
import org.sourcequiz.study.HistoryException;

/**
 * A quiz with every answer saved to history as it is graded (quiz, review, resume), and the
 * retries the text UI starts from it, saved the same way; whichever interface asks it, the
 * session is closed in history the same way. Closing it closes the retries and the history.
 */
public final class RecordedSession implements AutoCloseable {
    private final QuizSession session;
    private final HistoryRecorder recorder;
    private final RecordingStarter retries;
    private final Clock clock;

    public RecordedSession(SqliteHistory history, Warnings warnings, Function<HistoryException, String> describe, Clock clock,
                           QuizStart.Planned p) {
        this.clock = clock;
        this.recorder = new HistoryRecorder(history, p.record(), p.record().mode(), p.resumed(), warnings, describe);
        if (!p.historyUsable()) {
            recorder.disable();
        }
        this.session = QuizSession.start(p.plan(), p.options(), clock, p.record().id(), recorder);
        this.retries = new RecordingStarter(history, describe, clock, warnings);
    }

    public QuizSession session() {
        return session;
    }

    /** Starts the text UI's "retry the missed ones" quizzes. */
    public RecordingStarter retries() {
        return retries;
    }

    /**
     * A quiz run to its end or to its time limit is over; one left early was quit on purpose.
     * Neither is offered for resuming: only a killed quiz, which never gets here, is.
     */
    public void finish(QuizResult result) {
        recorder.finish(clock.instant(), SessionRecords.outcome(result));
    }

    /**
     * The line said when a signal stopped the quiz: every answer is saved already, and a session
     * with questions left stays open so the next quiz offers it back; one killed on its result
     * screen is simply complete.
     */
    public String killed(String signalName) {
        QuizResult result = session.result();
        if (session.finished()) {
            finish(result);
        }
        int answered = result.records().size();
        int questions = session.plan().size();
        String note;
        if (answered == 0) {
            note = "before the first answer";
        } else {
            String after = "after " + answered + " of " + questions + (questions == 1 ? " question" : " questions");
            note = recorder.broken() || recorder.recorded() == 0 ? after + "; the history could not be saved"
                    : after + (session.finished() ? "; the answers are saved"
                    : "; the answers are saved, and `sourcequiz quiz --resume` goes on from there");
        }
        return "sourcequiz: stopped by " + signalName + " " + note;
    }

    /** One line left in the shell after the text UI has cleared its screen. */
    public static String summary(QuizResult r) {
        long minutes = r.taken().toSeconds() / 60;
        long seconds = r.taken().toSeconds() % 60;
        String points = ResultsFile.num(r.points()) + " of " + ResultsFile.num(r.maxPoints());
        return "sourcequiz: " + points + (r.maxPoints() == 1 ? " point" : " points") + " (" + Math.round(r.percentage())
                + "%) in " + minutes + ":" + String.format("%02d", seconds) + "; the same quiz again: --seed " + r.seed();
    }

    @Override
    public void close() {
        retries.finishAll();
    }
}
