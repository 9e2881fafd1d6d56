package org.sourcequiz.cli;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.HistoryRecorder;
import org.sourcequiz.app.RecordingStarter;
import org.sourcequiz.app.SessionRecords;
import org.sourcequiz.app.SourceArticles;
import org.sourcequiz.app.Warnings;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.model.Bank;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.engine.QuizResult;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.plain.PlainQuiz;
import org.sourcequiz.store.SqliteHistory;
import org.sourcequiz.study.HistoryException;
import org.sourcequiz.study.SessionRecord;

/** Runs a quiz in plain mode with every answer saved to history as it is graded (quiz, review, resume). */
final class RecordedQuiz {
    private RecordedQuiz() {}

    /**
     * The quiz's result, and the exit code: 0, or that of Ctrl-C or a signal when the text UI was
     * left that way.
     */
    record Ran(QuizResult result, int exit) {}

    /**
     * Runs the quiz in the text UI when {@code textUiBank} is given and the terminal can be opened,
     * else in plain mode; every answer is saved as it is graded, retries in the text UI too.
     *
     * @param record  the session as history keeps it; its id is the quiz session's id
     * @param resumed true when {@code record} is already in history
     * @param historyUsable false when history already failed and its warning was given
     */
    static Ran run(AppContext ctx, Warnings warnings, SqliteHistory history, Function<HistoryException, String> describe,
                   QuizPlan plan, QuizOptions options, Clock clock, SessionRecord record, boolean resumed,
                   boolean historyUsable, boolean color, Bank textUiBank) {
        return run(ctx, warnings, history, describe, plan, options, clock, record, resumed, historyUsable, color, textUiBank, null);
    }

    /** {@code articles}: the folder of the article texts (--sources), or null for $SOURCEQUIZ_SOURCES or none. */
    static Ran run(AppContext ctx, Warnings warnings, SqliteHistory history, Function<HistoryException, String> describe,
                   QuizPlan plan, QuizOptions options, Clock clock, SessionRecord record, boolean resumed,
                   boolean historyUsable, boolean color, Bank textUiBank, java.nio.file.Path articles) {
        HistoryRecorder recorder = new HistoryRecorder(history, record, record.mode(), resumed, warnings, describe);
        if (!historyUsable) {
            recorder.disable();
        }
        QuizSession session = QuizSession.start(plan, options, clock, record.id(), recorder);
        RecordingStarter retries = new RecordingStarter(history, describe, clock, warnings);
        try {
            Optional<TextUiLauncher.Ended> ended = textUiBank == null ? Optional.empty()
                    : TextUiLauncher.quiz(ctx, warnings, textUiBank, TextUiLauncher.settings(color, retries::start, warnings)
                    .withArticles(new SourcesShelf(() -> new SourceArticles(textUiBank, SourceArticles.dir(ctx, articles)))), session);
            QuizResult result;
            if (ended.isPresent() && ended.get().killed()) {
                // Killed: every answer is saved already, and a session with questions left stays open so
                // the next quiz offers it back; one killed on its result screen is simply complete.
                result = session.result();
                if (session.finished()) {
                    recorder.finish(clock.instant(), SessionRecords.outcome(result));
                }
                ctx.err().println("sourcequiz: stopped by " + ended.get().signalName() + " "
                        + killedNote(result.records().size(), plan.size(), session.finished(), recorder));
                return new Ran(result, ended.get().exitCode());
            } else if (ended.isPresent()) {
                // The result kept is that of the quiz asked for; retries inside the UI are practice on top of it.
                session.quit();
                result = session.result();
                ctx.out().println(QuizCommand.summary(result));
            } else {
                // System.console() is null when stdin or stdout is not a terminal: then no colour codes
                // in the output, and the answers read are echoed so the transcript shows them.
                boolean terminal = System.console() != null;
                result = new PlainQuiz(ctx.in(), ctx.out(), terminal && color, !terminal).run(session);
            }
            // A quiz run to its end or to its time limit is over; one left early was quit on purpose.
            // Neither is offered for resuming; only a killed quiz, which never gets here, is.
            recorder.finish(clock.instant(), SessionRecords.outcome(result));
            return new Ran(result, ended.map(TextUiLauncher.Ended::exitCode).orElse(ExitCodes.OK));
        } finally {
            retries.finishAll();
        }
    }

    private static String killedNote(int answered, int questions, boolean finished, HistoryRecorder recorder) {
        if (answered == 0) {
            return "before the first answer";
        }
        String after = "after " + answered + " of " + questions + (questions == 1 ? " question" : " questions");
        if (recorder.broken() || recorder.recorded() == 0) {
            return after + "; the history could not be saved";
        }
        return after + (finished ? "; the answers are saved" : "; the answers are saved, and `sourcequiz quiz --resume` goes on from there");
    }
}
