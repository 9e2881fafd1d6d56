package org.sourcequiz.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.Warnings;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.model.Bank;
import org.sourcequiz.tui.HomeEntry;
import org.sourcequiz.tui.SearchSource;
import org.sourcequiz.tui.SessionStarter;
import org.sourcequiz.tui.SystemTerminal;
import org.sourcequiz.tui.TerminationSignals;
import org.sourcequiz.tui.TextUi;
import org.sourcequiz.tui.TimelineData;
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

    /** One quiz (and its retries); empty when the terminal could not be opened. */
    static Optional<Ended> quiz(AppContext ctx, Warnings warnings, Bank bank, TuiSettings settings, QuizSession session) {
        return run(ctx, warnings, t -> TextUi.quiz(t, bank, settings, session));
    }

    /** The timeline as the whole UI (quizzes on its events included); empty when the terminal could not be opened. */
    static Optional<Ended> timeline(AppContext ctx, Warnings warnings, Bank bank, TuiSettings settings, TimelineData data) {
        return run(ctx, warnings, t -> TextUi.timeline(t, bank, settings, data));
    }

    /** The sources view (or one article); empty when the terminal could not be opened. */
    static Optional<Ended> sources(AppContext ctx, Warnings warnings, Bank bank, TuiSettings settings, Optional<String> id) {
        return run(ctx, warnings, t -> TextUi.sources(t, bank, settings, id));
    }

    /** The search screen with {@code query} typed; empty when the terminal could not be opened. */
    static Optional<Ended> search(AppContext ctx, Warnings warnings, Bank bank, TuiSettings settings, SearchSource source, String query,
                                  String message) {
        return run(ctx, warnings, t -> TextUi.search(t, bank, settings, source, query, message));
    }

    interface UiFactory {
        TextUi create(SystemTerminal t);
    }

    /**
     * Takes the terminal, runs the UI the factory makes on it and gives the terminal back; empty
     * when the terminal could not be opened (said on stderr; the caller falls back to plain).
     */
    static Optional<Ended> run(AppContext ctx, Warnings warnings, UiFactory factory) {
        ctx.out().flush();
        ctx.err().flush();
        // From now a warning would land on the screen being set up; the UI shows it instead.
        warnings.uiOpened();
        AtomicReference<SystemTerminal> opened = new AtomicReference<>();
        AtomicInteger early = new AtomicInteger();
        // The signals are ours before the terminal is touched: one that comes while it is being set
        // up must not start the JVM's shutdown hooks, which would restore it while the UI draws. The
        // terminal is closed before the signals are given back, so a signal that comes while it is
        // being restored is still ours, never the shutdown hooks racing the close.
        TerminationSignals signals = TerminationSignals.install(n -> {
            early.compareAndSet(0, n);
            SystemTerminal t = opened.get();
            if (t != null) {
                t.stop(n);
            }
        }, n -> forceExit(opened.get(), warnings, n));
        try {
            SystemTerminal t;
            try {
                t = SystemTerminal.open();
            } catch (IOException | RuntimeException e) {
                ctx.err().println("sourcequiz: cannot use this terminal for the text UI (" + e.getMessage() + "); using plain mode");
                return Optional.empty();
            }
            opened.set(t);
            if (early.get() != 0) {
                t.stop(early.get());
            }
            try (t) {
                TextUi ui = factory.create(t);
                ui.run();
                return Optional.of(new Ended(ui.interrupted(), t.stoppedBy()));
            } catch (IOException e) {
                throw new UncheckedIOException("the terminal failed", e);
            }
        } finally {
            signals.close();
            warnings.uiClosed();
        }
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
