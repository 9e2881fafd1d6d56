package org.sourcequiz.tui;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs a text UI on the real terminal and always gives the terminal back: the terminal is
 * closed in a finally; SIGINT, SIGTERM and SIGHUP stop the UI at its next turn first (see
 * {@link TerminationSignals}); and {@link SystemTerminal} restores it from a shutdown hook in case
 * the JVM stops some other way.
 */
public final class TerminalRun {
    private TerminalRun() {}

    /**
     * How the UI ended.
     *
     * @param interrupted Ctrl-C (a key in the UI, not a signal)
     * @param signal      the number of the signal that stopped it, or 0
     */
    public record Ended(boolean interrupted, int signal) {
        /** Stopped by a signal: the quizzes it left are killed ones, to be offered for resuming. */
        public boolean killed() {
            return signal != 0;
        }

        /** SIGTERM, SIGINT, SIGHUP, or the number. */
        public String signalName() {
            return switch (signal) {
                case 1 -> "SIGHUP";
                case 2 -> "SIGINT";
                case 15 -> "SIGTERM";
                default -> "signal " + signal;
            };
        }
    }

    public interface UiFactory {
        TextUi create(SystemTerminal t);
    }

    /**
     * Takes the terminal, runs the UI the factory makes on it and gives the terminal back; empty
     * when the terminal could not be opened (said on {@code err}; the caller falls back to plain).
     * {@code opened} and {@code closed} run as the UI takes the terminal and gives it back (warnings
     * are held meanwhile, as they would land on the screen); {@code exit} ends the JVM with a signal's code.
     */
    public static Optional<Ended> run(PrintWriter out, PrintWriter err, Runnable opened, Runnable closed, IntConsumer exit,
                                      UiFactory factory) {
        out.flush();
        err.flush();
        opened.run();
        AtomicReference<SystemTerminal> open = new AtomicReference<>();
        AtomicInteger early = new AtomicInteger();
        // The signals are ours before the terminal is touched: one that comes while it is being set
        // up must not start the JVM's shutdown hooks, which would restore it while the UI draws. The
        // terminal is closed before the signals are given back, so a signal that comes while it is
        // being restored is still ours, never the shutdown hooks racing the close.
        TerminationSignals signals = TerminationSignals.install(n -> {
            early.compareAndSet(0, n);
            SystemTerminal t = open.get();
            if (t != null) {
                t.stop(n);
            }
        }, n -> forceExit(open.get(), closed, exit, n));
        try {
            SystemTerminal t;
            try {
                t = SystemTerminal.open();
            } catch (IOException | RuntimeException e) {
                err.println("sourcequiz: cannot use this terminal for the text UI (" + e.getMessage() + "); using plain mode");
                return Optional.empty();
            }
            open.set(t);
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
            closed.run();
        }
    }

    /** A second signal, or a UI that did not stop in time: give the terminal back and go now. */
    private static void forceExit(SystemTerminal terminal, Runnable closed, IntConsumer exit, int signal) {
        try {
            if (terminal != null) {
                terminal.close();
            }
        } finally {
            closed.run();
            exit.accept(signal);
        }
    }
}
