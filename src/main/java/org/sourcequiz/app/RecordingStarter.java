package org.sourcequiz.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.store.SqliteHistory;
import org.sourcequiz.study.HistoryException;
import org.sourcequiz.study.SessionRecord;

/**
 * Starts the quizzes the text UI asks for (from Home, and "retry the missed ones") with every
 * answer saved to history as it is graded, and closes their session records when the UI is done,
 * so a quiz left normally is never offered for resuming.
 */
public final class RecordingStarter {
    private record Started(QuizSession session, HistoryRecorder recorder) {}

    private final SqliteHistory history;
    private final Function<HistoryException, String> describe;
    private final Clock clock;
    private final Warnings warnings;
    private final List<Started> started = new ArrayList<>();

    public RecordingStarter(SqliteHistory history, Function<HistoryException, String> describe, Clock clock, Warnings warnings) {
        this.history = history;
        this.describe = describe;
        this.clock = clock;
        this.warnings = warnings;
    }

    /** A new quiz whose answers are saved as they are graded; the text UI takes it as its session starter. */
    public QuizSession start(QuizPlan plan, QuizOptions options) {
        SessionRecord record = SessionRecords.start(plan, options, clock.instant());
        HistoryRecorder recorder = new HistoryRecorder(history, record, record.mode(), false, warnings, describe);
        QuizSession session = QuizSession.start(plan, options, clock, record.id(), recorder);
        started.add(new Started(session, recorder));
        return session;
    }

    /**
     * Marks each quiz the UI ran as completed or quit, then closes the history. A quiz the UI left
     * unfinished was killed (a signal stopped the UI): it stays open in history, to be offered for
     * resuming like one killed with SIGKILL.
     */
    public void finishAll() {
        try {
            for (Started s : started) {
                if (!s.session().finished()) {
                    continue;
                }
                s.recorder().finish(clock.instant(), SessionRecords.outcome(s.session().result()));
            }
        } finally {
            try {
                history.close();
            } catch (HistoryException e) {
                warnings.warn(describe.apply(e));
            }
        }
    }

    /** Answers saved to history by quizzes the UI left unfinished. */
    public int savedInUnfinished() {
        return started.stream().filter(s -> !s.session().finished()).mapToInt(s -> s.recorder().recorded()).sum();
    }
}
