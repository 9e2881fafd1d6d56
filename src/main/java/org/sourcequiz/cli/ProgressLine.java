package org.sourcequiz.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.TerminalCheck;

/**
 * One line of progress on standard error ("importing a.gift: 120 questions", "reading file 1234
 * of 10000"), redrawn in place at most ten times a second once the work has lasted a second, and
 * erased at the end. Nothing at all when standard error is not a terminal, so a pipe or a log gets
 * only the output.
 */
final class ProgressLine implements AutoCloseable {
    private static final long SHOW_AFTER = 1_000_000_000L;
    private static final long REDRAW_EVERY = 100_000_000L;
    private static final int MAX = 79;

    private final PrintWriter err;
    private final LongSupplier nanos;
    private final long start;
    private long drawn;
    private int width;

    /** @param err where to draw; null draws nothing */
    ProgressLine(PrintWriter err, LongSupplier nanos) {
        this.err = err;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
    }

    /** A progress line on stderr when it is a terminal, else one that draws nothing. */
    static ProgressLine forStderr(AppContext ctx) {
        return new ProgressLine(stderrIsTerminal(ctx) ? ctx.err() : null, System::nanoTime);
    }

    private static boolean stderrIsTerminal(AppContext ctx) {
        String term = ctx.env().get("TERM");
        if (term == null || term.isBlank() || term.equals("dumb")) {
            return false;
        }
        try {
            return TerminalCheck.isTerminalDevice(Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** "WHAT DONE of TOTAL"; the last count is always drawn, so the line never stops short of its end. */
    void count(String what, int done, int total) {
        show(what + " " + done + " of " + total, done >= total);
    }

    void show(String message) {
        show(message, false);
    }

    // Counts come from several reading threads at once.
    private synchronized void show(String message, boolean last) {
        if (err == null) {
            return;
        }
        long now = nanos.getAsLong();
        if (now - start < SHOW_AFTER || (width > 0 && now - drawn < REDRAW_EVERY && !last)) {
            return;
        }
        drawn = now;
        String line = message.length() > MAX ? message.substring(0, MAX) : message;
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = Math.max(width, line.length());
    }

    /** Erases the line, if one was drawn, so the output starts on a clean line. */
    @Override
    public synchronized void close() {
        if (err != null && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }
}
