package org.sourcequiz.cli;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.HistoryErrors;
import org.sourcequiz.app.RecordingStarter;
import org.sourcequiz.app.StudyWiring;
import org.sourcequiz.app.Warnings;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.model.Bank;
import org.sourcequiz.tui.HomeEntry;
import org.sourcequiz.tui.SessionStarter;
import org.sourcequiz.tui.TerminalRun;
import org.sourcequiz.tui.TerminalRun.Ended;
import org.sourcequiz.tui.TextUi;
import org.sourcequiz.tui.TuiSettings;

/** The text UI's settings and runs from the commands: Home's rows, one screen alone, one quiz; the terminal itself is {@link TerminalRun}'s. */
final class TextUiLauncher {
    private TextUiLauncher() {}

    /** The exit code of a UI that ended so: a signal's, Ctrl-C's, or 0. */
    static int exitCode(TerminalRun.Ended e) {
        return e.killed() ? ExitCodes.signal(e.signal()) : e.interrupted() ? ExitCodes.INTERRUPTED : ExitCodes.OK;
    }

    static TuiSettings settings(boolean color, SessionStarter starter, Warnings warnings) {
        return settings(color, starter, List.of(), warnings);
    }

    /** With rows added to Home below the sets (review and statistics). */
    static TuiSettings settings(boolean color, SessionStarter starter, List<HomeEntry> homeEntries, Warnings warnings) {
        Random random = new Random();
        return new TuiSettings(color, starter, () -> random.nextInt(1_000_000), homeEntries, warnings::nextForUi);
    }

    /** One quiz (and its retries); empty when the terminal could not be opened. */
    static Optional<Ended> quiz(AppContext ctx, Warnings warnings, Bank bank, TuiSettings settings, QuizSession session) {
        return run(ctx, warnings, t -> TextUi.quiz(t, bank, settings, session));
    }

    /**
     * One screen as the whole UI (`sourcequiz timeline`, `sources`, `search WORDS` on a terminal), its
     * quizzes saved to history as Home's are; empty when the terminal could not be opened (said on
     * stderr: the caller prints lines instead). {@code args}: the command line, for history's messages.
     */
    static Optional<Integer> alone(AppContext ctx, GlobalOptions global, String[] args, Function<TuiSettings, TerminalRun.UiFactory> ui) {
        Warnings warnings = new Warnings(ctx.err());
        RecordingStarter starter = new RecordingStarter(StudyWiring.history(ctx, global.history()),
                e -> HistoryErrors.message(e, args), ctx.clock(), warnings);
        try {
            Optional<Ended> ended = run(ctx, warnings, ui.apply(settings(ctx.color(global.noColor), starter::start, warnings)));
            ended.filter(Ended::killed).ifPresent(e -> ctx.err().println("sourcequiz: stopped by " + e.signalName()));
            return ended.map(TextUiLauncher::exitCode);
        } finally {
            starter.finishAll();
        }
    }

    /** The UI the factory makes, on the real terminal (see {@link TerminalRun}); empty when the terminal could not be opened. */
    static Optional<Ended> run(AppContext ctx, Warnings warnings, TerminalRun.UiFactory factory) {
        return TerminalRun.run(ctx.out(), ctx.err(), warnings::uiOpened, warnings::uiClosed, n -> System.exit(ExitCodes.signal(n)), factory);
    }
}
