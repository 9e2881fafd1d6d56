package org.sourcequiz.tui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * The real terminal, in full-screen raw mode, and the promise to give it back as it was: on
 * {@link #close()}, and from a shutdown hook when the JVM stops without asking the UI first. A
 * termination signal is best handled by {@link #stop}: the UI leaves at its next turn and its
 * caller closes the terminal, so no frame is drawn after the terminal was given back. UTF-8 is
 * given explicitly (under LANG=C Java would pick ASCII); it is always a text terminal, never a Swing
 * window; Ctrl-C arrives as a key, which the UI treats as "leave now".
 */
public final class SystemTerminal implements AutoCloseable {
    private final Terminal terminal;
    private final TerminalScreen screen;
    private final Thread hook;
    private volatile boolean closed;
    private volatile int stoppedBy;

    private SystemTerminal(Terminal terminal, TerminalScreen screen) {
        this.terminal = terminal;
        this.screen = screen;
        this.hook = new Thread(this::restore, "sourcequiz terminal restore");
    }

    /**
     * Lanterna's first character on a screen initialises its colours and text utilities, which
     * load the JDK's formatter, regular-expression and break-iterator data: some 10 ms of a cold
     * start. Done first by another thread while this one sets the terminal up, it is off Home's
     * way; then that thread does {@code work}.
     */
    public static <T> Supplier<T> preparedFirst(Supplier<T> work) {
        return () -> {
            TextCharacter.fromCharacter(' ');
            return work.get();
        };
    }

    public static SystemTerminal open() throws IOException {
        // Not System.out: it flushes on every write, and Lanterna writes a screen one character at a
        // time, a system call per cell. Lanterna flushes when a frame or a query is complete.
        return open(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), System.in);
    }

    static SystemTerminal open(OutputStream out, InputStream in) throws IOException {
        Terminal terminal = new BufferedUnixTerminal(in, out);
        try {
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            SystemTerminal t = new SystemTerminal(terminal, screen);
            Runtime.getRuntime().addShutdownHook(t.hook);
            return t;
        } catch (IOException | RuntimeException e) {
            terminal.close();
            throw e;
        }
    }

    public Screen screen() {
        return screen;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Asks the UI to leave at its next turn, because of the signal with this number (SIGTERM is 15). */
    public void stop(int signal) {
        stoppedBy = signal;
    }

    /** The number of the signal that stopped the UI, or 0. */
    public int stoppedBy() {
        return stoppedBy;
    }

    /** True once the UI must draw no more: the terminal was given back, or a signal asked the UI to leave. */
    public boolean isStopping() {
        return closed || stoppedBy != 0;
    }

    /** Leaves full-screen mode and restores the terminal's settings; safe to call twice. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already stopping and the hook is restoring the terminal, or has.
        }
        try {
            restoreOrThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore the terminal", e);
        }
    }

    private void restore() {
        try {
            restoreOrThrow();
        } catch (IOException | RuntimeException e) {
            // Nothing is left to tell during shutdown; the stty settings were restored first if at all possible.
            System.err.println("sourcequiz: could not fully restore the terminal: " + e.getMessage());
        }
    }

    private void restoreOrThrow() throws IOException {
        synchronized (screen) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                screen.stopScreen();
            } finally {
                closeTerminal();
            }
        }
    }

    private void closeTerminal() throws IOException {
        try {
            terminal.close();
        } catch (IllegalStateException shuttingDown) {
            // Lanterna's close() removes its own shutdown hook, which fails once the JVM is stopping;
            // the settings were restored before that.
        }
    }
}
