package org.sourcequiz.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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
 * closed in a finally; SIGINT, SIGTERM and SIGHUP stop the UI at its next turn first (see
 * {@link TerminationSignals}); and {@link SystemTerminal} restores it from a shutdown hook in case
 * the JVM stops some other way.
 */
final class TextUiLauncher {
    private TextUiLauncher() {}

    /**
     * How the UI ended.
     *
     * @param interrupted Ctrl-C (a key in the UI, not a signal)
     * @param signal      the number of the signal that stopped it, or 0
     */
    record Ended(boolean interrupted, int signal) {
        /** Stopped by a signal: the quizzes it left are killed ones, to be offered for resuming. */
        boolean killed() {
            return signal != 0;
        }

        /** SIGTERM, SIGINT, SIGHUP, or the number. */
        String signalName() {
            return switch (signal) {
                case 1 -> "SIGHUP";
                case 2 -> "SIGINT";
                case 15 -> "SIGTERM";
                default -> "signal " + signal;
            };
        }

        int exitCode() {
            return killed() ? ExitCodes.signal(signal) : interrupted ? ExitCodes.INTERRUPTED : ExitCodes.OK;
        }
    }

    static TuiSettings settings(boolean color, SessionStarter starter, Warnings warnings) {
        return settings(color, starter, List.of(), warnings);
    }

    /** With rows added to Home below the sets (review and statistics). */
    static TuiSettings settings(boolean color, SessionStarter starter, List<HomeEntry> homeEntries, Warnings warnings) {
        Random random = new Random();
        return new TuiSettings(color, starter, () -> random.nextInt(1_000_000), homeEntries, warnings::nextForUi);
    }

    /**
     * Home on the bank, which is asked for once the terminal is set up (so it can be read
     * meanwhile); empty when the terminal could not be opened (the caller falls back to plain).
     */
    static Optional<Ended> home(AppContext ctx, Warnings warnings, Supplier<Bank> bank, Supplier<TuiSettings> settings) {
        return run(ctx, warnings, t -> TextUi.home(t, bank.get(), settings.get()));
    }

    /** One quiz (and its retries); empty when the terminal could not be opened. */
    static Optional<Ended> quiz(AppContext ctx, Warnings warnings, Bank bank, TuiSettings settings, QuizSession session) {
        return run(ctx, warnings, t -> TextUi.quiz(t, bank, settings, session));
    }

    private interface UiFactory {
        TextUi create(SystemTerminal t);
    }

    private static Optional<Ended> run(AppContext ctx, Warnings warnings, UiFactory factory) {
        ctx.out().flush();
        ctx.err().flush();
        // The signals are ours before the terminal is touched: one that comes while it is being set up
        // must not start the JVM's shutdown hooks, which would restore it while this thread draws.
        AtomicReference<SystemTerminal> opened = new AtomicReference<>();
        AtomicInteger early = new AtomicInteger();
        TerminationSignals signals = TerminationSignals.install(n -> {
            early.compareAndSet(0, n);
            SystemTerminal t = opened.get();
            if (t != null) {
                t.stop(n);
            }
        }, n -> forceExit(opened.get(), warnings, n));
        SystemTerminal terminal;
        try {
            terminal = SystemTerminal.open();
        } catch (IOException | RuntimeException e) {
            signals.close();
            ctx.err().println("sourcequiz: cannot use this terminal for the text UI (" + e.getMessage() + "); using plain mode");
            return Optional.empty();
        }
        opened.set(terminal);
        if (early.get() != 0) {
            terminal.stop(early.get());
        }
        warnings.uiOpened();
        boolean interrupted;
        // The terminal is closed before the signals are given back, so a signal that comes while it is
        // being restored is still ours, never the JVM's shutdown hooks racing the close.
        try (terminal) {
            TextUi ui = factory.create(terminal);
            ui.run();
            interrupted = ui.interrupted();
        } catch (IOException e) {
            throw new UncheckedIOException("the terminal failed", e);
        } finally {
            signals.close();
            warnings.uiClosed();
        }
        return Optional.of(new Ended(interrupted, terminal.stoppedBy()));
    }

    /** A second signal, or a UI that did not stop in time: give the terminal back and go now. */
    private static void forceExit(SystemTerminal terminal, Warnings warnings, int signal) {
        try {
            if (terminal != null) {
                terminal.close();
            }
        } finally {
            warnings.uiClosed();
            System.exit(ExitCodes.signal(signal));
        }
    }
}
