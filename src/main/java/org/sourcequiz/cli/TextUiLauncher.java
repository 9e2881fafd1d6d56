package org.sourcequiz.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.Background;
import org.sourcequiz.app.Warnings;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.model.Bank;
import org.sourcequiz.tui.HomeEntry;
import org.sourcequiz.tui.SearchSource;
import org.sourcequiz.tui.SessionStarter;
import org.sourcequiz.tui.SystemTerminal;
import org.sourcequiz.tui.TerminationSignals;
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
     * Takes the terminal for a text UI: from here on the signals are ours, and the terminal is
     * set up on a thread of its own while the caller makes ready what the first screen needs.
     * Setting it up is mostly waiting (two {@code stty} runs, the size asked of the terminal),
     * which the caller's work fills. Close it in every case; closing one that never ran gives the
     * terminal back as it was.
     */
    static Opening open(AppContext ctx, Warnings warnings) {
        return new Opening(ctx, warnings);
    }

    /** One quiz (and its retries); empty when the terminal could not be opened. */
    static Optional<Ended> quiz(AppContext ctx, Warnings warnings, Bank bank, TuiSettings settings, QuizSession session) {
        try (Opening opening = open(ctx, warnings)) {
            return opening.run(t -> TextUi.quiz(t, bank, settings, session));
        }
    }

    /** The search screen with {@code query} typed; empty when the terminal could not be opened. */
    static Optional<Ended> search(AppContext ctx, Warnings warnings, Bank bank, TuiSettings settings, SearchSource source, String query,
                                  String message) {
        try (Opening opening = open(ctx, warnings)) {
            return opening.run(t -> TextUi.search(t, bank, settings, source, query, message));
        }
    }

    private interface UiFactory {
        TextUi create(SystemTerminal t);
    }

    /** A terminal being opened for the text UI; see {@link #open}. */
    static final class Opening implements AutoCloseable {
        private final AppContext ctx;
        private final Warnings warnings;
        private final AtomicReference<SystemTerminal> opened = new AtomicReference<>();
        private final AtomicInteger early = new AtomicInteger();
        /** Installed by the terminal's thread before it touches the terminal; read once that thread is done. */
        private volatile TerminationSignals signals;
        private final Background<SystemTerminal> terminal;
        private boolean finished;

        private Opening(AppContext ctx, Warnings warnings) {
            this.ctx = ctx;
            this.warnings = warnings;
            ctx.out().flush();
            ctx.err().flush();
            // From now a warning would land on the screen being set up; the UI shows it instead.
            warnings.uiOpened();
            terminal = Background.start("terminal", () -> {
                // The signals are ours before the terminal is touched: one that comes while it is being
                // set up must not start the JVM's shutdown hooks, which would restore it while the UI draws.
                signals = TerminationSignals.install(n -> {
                    early.compareAndSet(0, n);
                    SystemTerminal t = opened.get();
                    if (t != null) {
                        t.stop(n);
                    }
                }, n -> forceExit(opened.get(), warnings, n));
                try {
                    return SystemTerminal.open();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /**
         * Home on the bank and settings, both made here while the terminal is still being set up;
         * empty when the terminal could not be opened (the caller falls back to plain).
         */
        Optional<Ended> home(Supplier<Bank> bank, Supplier<TuiSettings> settings) {
            Bank b = bank.get();
            TuiSettings s = settings.get();
            return run(t -> TextUi.home(t, b, s));
        }

        private Optional<Ended> run(UiFactory factory) {
            finished = true;
            SystemTerminal t;
            try {
                t = terminal.get();
            } catch (RuntimeException e) {
                closeSignals();
                warnings.uiClosed();
                Throwable why = e instanceof UncheckedIOException u ? u.getCause() : e;
                ctx.err().println("sourcequiz: cannot use this terminal for the text UI (" + why.getMessage() + "); using plain mode");
                return Optional.empty();
            }
            opened.set(t);
            if (early.get() != 0) {
                t.stop(early.get());
            }
            boolean interrupted;
            // The terminal is closed before the signals are given back, so a signal that comes while it is
            // being restored is still ours, never the JVM's shutdown hooks racing the close.
            try (t) {
                TextUi ui = factory.create(t);
                ui.run();
                interrupted = ui.interrupted();
            } catch (IOException e) {
                throw new UncheckedIOException("the terminal failed", e);
            } finally {
                closeSignals();
                warnings.uiClosed();
            }
            return Optional.of(new Ended(interrupted, t.stoppedBy()));
        }

        /** When the UI never ran (the caller failed first): the terminal, once set up, is given back. */
        @Override
        public void close() {
            if (finished) {
                return;
            }
            finished = true;
            try {
                SystemTerminal t = setUpOrNull();
                if (t != null) {
                    t.close();
                }
            } finally {
                closeSignals();
                warnings.uiClosed();
            }
        }

        /** Called once the terminal's thread is done, so the signals it installed are there (or its install failed). */
        private void closeSignals() {
            TerminationSignals s = signals;
            if (s != null) {
                s.close();
            }
        }

        /** The terminal once set up; null when that failed, which left nothing to give back. */
        private SystemTerminal setUpOrNull() {
            try {
                return terminal.get();
            } catch (RuntimeException notOpened) {
                return null;
            }
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
