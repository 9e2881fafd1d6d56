package org.sourcequiz.cli;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.store.ProcessOwner;
import org.sourcequiz.store.SqliteHistory;
import org.sourcequiz.study.HistoryException;
import org.sourcequiz.study.SessionOutcome;
import org.sourcequiz.study.SessionRecord;
import org.sourcequiz.tui.SessionStarter;

/**
 * Starts the quizzes the text UI asks for (from Home, and "retry the missed ones") with every
 * answer saved to history as it is graded, and closes their session records when the UI is done,
 * so a quiz left normally is never offered for resuming.
 */
final class RecordingStarter implements SessionStarter {
    private record Started(QuizSession session, HistoryRecorder recorder) {}

    private final AppContext ctx;
    private final SqliteHistory history;
    private final Function<HistoryException, String> describe;
    private final Clock clock;
    private final List<Started> started = new ArrayList<>();

    RecordingStarter(AppContext ctx, SqliteHistory history, Function<HistoryException, String> describe, Clock clock) {
        this.ctx = ctx;
        this.history = history;
        this.describe = describe;
        this.clock = clock;
    }

    @Override
    public QuizSession start(QuizPlan plan, QuizOptions options) {
        String label = HistoryRecorder.modeLabel(options.mode());
        SessionRecord record = new SessionRecord(UUID.randomUUID().toString(), clock.instant(), label, plan.seed(),
                RecordedQuiz.ids(plan), RecordedQuiz.encode(options), ProcessOwner.currentPid(), ProcessOwner.currentStart());
        HistoryRecorder recorder = new HistoryRecorder(history, record, label, false, ctx.err(), describe);
        QuizSession session = QuizSession.start(plan, options, clock, record.id(), recorder);
        started.add(new Started(session, recorder));
        return session;
    }

    /** Marks each quiz the UI ran as completed or quit, then closes the history. */
    void finishAll() {
        try {
            for (Started s : started) {
                var r = s.session().result();
                s.recorder().finish(clock.instant(), s.session().finished() && (r.notReached() == 0 || r.timeUp())
                        ? SessionOutcome.COMPLETED : SessionOutcome.QUIT);
            }
        } finally {
            try {
                history.close();
            } catch (HistoryException e) {
                ctx.err().println("sourcequiz: warning: " + describe.apply(e));
            }
        }
    }
}
