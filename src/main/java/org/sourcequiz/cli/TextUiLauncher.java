package org.sourcequiz.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.model.Bank;
import org.sourcequiz.tui.HomeEntry;
import org.sourcequiz.tui.SessionStarter;
import org.sourcequiz.tui.SystemTerminal;
import org.sourcequiz.tui.TextUi;
import org.sourcequiz.tui.TuiSettings;

/**
 * Runs the text UI on the real terminal and always gives the terminal back: the terminal is
 * closed in a finally, and {@link SystemTerminal} restores it from a shutdown hook on SIGTERM.
 */
final class TextUiLauncher {
    private TextUiLauncher() {}

    static TuiSettings settings(boolean color, SessionStarter starter) {
        return settings(color, starter, List.of());
    }

    /** With rows added to Home below the sets (review and statistics). */
    static TuiSettings settings(boolean color, SessionStarter starter, List<HomeEntry> homeEntries) {
        Random random = new Random();
        return new TuiSettings(color, starter, () -> random.nextInt(1_000_000), homeEntries);
    }

    /**
     * Home on the bank, which is asked for once the terminal is set up (so it can be read
     * meanwhile); false when the terminal could not be opened (the caller falls back to plain).
     */
    static boolean home(AppContext ctx, Supplier<Bank> bank, Supplier<TuiSettings> settings) {
        return run(ctx, t -> TextUi.home(t, bank.get(), settings.get())).isPresent();
    }

    /** One quiz (and its retries); false when the terminal could not be opened. */
    static boolean quiz(AppContext ctx, Bank bank, TuiSettings settings, QuizSession session) {
        return run(ctx, t -> TextUi.quiz(t, bank, settings, session)).isPresent();
    }

    private interface UiFactory {
        TextUi create(SystemTerminal t);
    }

    private static Optional<Boolean> run(AppContext ctx, UiFactory factory) {
        ctx.out().flush();
        ctx.err().flush();
        SystemTerminal terminal;
        try {
            terminal = SystemTerminal.open();
        } catch (IOException | RuntimeException e) {
            ctx.err().println("sourcequiz: cannot use this terminal for the text UI (" + e.getMessage() + "); using plain mode");
            return Optional.empty();
        }
        try (terminal) {
            factory.create(terminal).run();
        } catch (IOException e) {
            throw new UncheckedIOException("the terminal failed", e);
        }
        return Optional.of(true);
    }
}
