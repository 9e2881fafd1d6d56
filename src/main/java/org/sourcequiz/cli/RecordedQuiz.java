package org.sourcequiz.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.model.Bank;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.engine.QuizResult;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.plain.PlainQuiz;
import org.sourcequiz.store.SqliteHistory;
import org.sourcequiz.study.HistoryException;
import org.sourcequiz.study.SessionOutcome;
import org.sourcequiz.study.SessionRecord;

/** Runs a quiz in plain mode with every answer saved to history as it is graded (quiz, review, resume). */
final class RecordedQuiz {
    private RecordedQuiz() {}

    /**
     * @param record  the session as history keeps it; its id is the quiz session's id
     * @param resumed true when {@code record} is already in history
     * @param historyUsable false when history already failed and its warning was given
     */
    /**
     * Runs the quiz in the text UI when {@code textUiBank} is given and the terminal can be opened,
     * else in plain mode; every answer is saved as it is graded, retries in the text UI too.
     */
    static QuizResult run(AppContext ctx, SqliteHistory history, Function<HistoryException, String> describe,
                          QuizPlan plan, QuizOptions options, Clock clock, SessionRecord record, boolean resumed,
                          boolean historyUsable, boolean color, Bank textUiBank) {
        HistoryRecorder recorder = new HistoryRecorder(history, record, record.mode(), resumed, ctx.err(), describe);
        if (!historyUsable) {
            recorder.disable();
        }
        QuizSession session = QuizSession.start(plan, options, clock, record.id(), recorder);
        RecordingStarter retries = new RecordingStarter(ctx, history, describe, clock);
        QuizResult result;
        try {
            if (textUiBank != null && TextUiLauncher.quiz(ctx, textUiBank, TextUiLauncher.settings(color, retries), session)) {
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
            recorder.finish(clock.instant(), result.notReached() == 0 || result.timeUp()
                    ? SessionOutcome.COMPLETED : SessionOutcome.QUIT);
        } finally {
            retries.finishAll();
        }
        return result;
    }

    static List<String> ids(QuizPlan plan) {
        return plan.questions().stream().map(p -> p.question().id()).toList();
    }

    /** What the rest of the command line needs to run the same kind of quiz again: time limit and negative marking. */
    static String encode(QuizOptions o) {
        return "time_limit_seconds=" + o.timeLimit().map(d -> Long.toString(d.toSeconds())).orElse("")
                + ";negative_marking=" + o.negativeMarking();
    }

    static QuizOptions decode(Mode mode, String encoded) {
        Optional<Duration> limit = Optional.empty();
        double negative = 0;
        for (String part : encoded.split(";")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String k = part.substring(0, eq);
            String v = part.substring(eq + 1);
            if (k.equals("time_limit_seconds") && !v.isEmpty()) {
                limit = Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } else if (k.equals("negative_marking") && !v.isEmpty()) {
                negative = Double.parseDouble(v);
            }
        }
        return new QuizOptions(mode, limit, negative);
    }
}
