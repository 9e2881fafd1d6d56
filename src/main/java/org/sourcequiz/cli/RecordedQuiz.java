package org.sourcequiz.cli;

import java.util.Optional;
import java.util.function.Function;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.HistoryErrors;
import org.sourcequiz.app.QuizStart;
import org.sourcequiz.app.RecordedSession;
import org.sourcequiz.app.SourceArticles;
import org.sourcequiz.tui.TerminalRun;
import org.sourcequiz.app.Warnings;
import org.sourcequiz.engine.QuizResult;
import org.sourcequiz.model.Bank;
import org.sourcequiz.plain.PlainQuiz;
import org.sourcequiz.store.SqliteHistory;
import org.sourcequiz.study.HistoryException;

/** Runs a recorded quiz (quiz, review, resume) in the text UI or in plain mode, and says how it ended. */
final class RecordedQuiz {
    private RecordedQuiz() {}

    /** The quiz's result, and the exit code: 0, or that of Ctrl-C or a signal when the text UI was left that way. */
    record Ran(QuizResult result, int exit) {}

    /**
     * For {@code command}: in the text UI when {@code textUiBank} is given and the terminal can be opened, else in plain mode.
     * {@code articles}: the folder of the article texts (--sources), or null for $SOURCEQUIZ_SOURCES or none.
     */
    static Ran run(AppCommand command, SqliteHistory history, Warnings warnings, QuizStart.Planned planned, Bank textUiBank,
                   java.nio.file.Path articles) {
        AppContext ctx = command.ctx;
        boolean color = ctx.color(command.global().noColor);
        try (RecordedSession recorded = new RecordedSession(history, warnings, describer(command), ctx.clock(), planned)) {
            Optional<TerminalRun.Ended> ended = textUiBank == null ? Optional.empty() : TextUiLauncher.quiz(ctx, warnings,
                    textUiBank, TextUiLauncher.settings(color, recorded.retries()::start, warnings)
                            .withArticles(new SourcesShelf(() -> new SourceArticles(textUiBank, SourceArticles.dir(ctx, articles)))),
                    recorded.session());
            if (ended.isPresent() && ended.get().killed()) {
                ctx.err().println(recorded.killed(ended.get().signalName()));
                return new Ran(recorded.session().result(), TextUiLauncher.exitCode(ended.get()));
            }
            QuizResult result;
            if (ended.isPresent()) {
                // The result kept is that of the quiz asked for; retries inside the UI are practice on top of it.
                recorded.session().quit();
                result = recorded.session().result();
                ctx.out().println(RecordedSession.summary(result));
            } else {
                // System.console() is null when stdin or stdout is not a terminal: then no colour codes
                // in the output, and the answers read are echoed so the transcript shows them.
                boolean terminal = System.console() != null;
                result = new PlainQuiz(ctx.in(), ctx.out(), terminal && color, !terminal).run(recorded.session());
            }
            recorded.finish(result);
            return new Ran(result, ended.map(TextUiLauncher::exitCode).orElse(ExitCodes.OK));
        }
    }

    /** The one-line message for a history that cannot be used, with the same --data-dir and --profile in its fix. */
    static Function<HistoryException, String> describer(AppCommand command) {
        String[] args = command.args();
        return e -> HistoryErrors.message(e, args);
    }
}
