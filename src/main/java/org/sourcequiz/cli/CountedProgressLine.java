package org.sourcequiz.cli;

import org.sourcequiz.app.TerminalCheck;
import org.sourcequiz.app.AppContext;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * "reading 1234 of 10000 files" on one line of a terminal's stderr, redrawn in place, once work
 * has taken a second; then erased. Nothing at all when stderr is not a terminal, so a pipe or a
 * log gets only the output.
 */
final class CountedProgressLine {
    private static final long SHOW_AFTER = 1_000_000_000L;
    private static final long REDRAW_EVERY = 100_000_000L;

    private final PrintWriter err;
    private final LongSupplier nanos;
    private final long start;
    private final String what;
    private long drawn;
    private int width;

    CountedProgressLine(PrintWriter err, LongSupplier nanos, String what) {
        this.err = err;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
        this.what = what;
    }

    /** A progress line for stderr when it is a terminal, else one that draws nothing. */
    static CountedProgressLine forStderr(AppContext ctx, String what) {
        return new CountedProgressLine(stderrIsTerminal(ctx.env()) ? ctx.err() : null, System::nanoTime, what);
    }

    private static boolean stderrIsTerminal(Map<String, String> env) {
        String term = env.get("TERM");
        if (term == null || term.isBlank() || term.equals("dumb")) {
            return false;
        }
        try {
            return TerminalCheck.isTerminalDevice(Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString());
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    synchronized void update(int done, int total) {
        if (err == null) {
            return;
        }
        long now = nanos.getAsLong();
        if (now - start < SHOW_AFTER || (width > 0 && now - drawn < REDRAW_EVERY && done < total)) {
            return;
        }
        drawn = now;
        String line = what + " " + done + " of " + total;
        width = Math.max(width, line.length());
        err.print("\r" + line);
        err.flush();
    }

    /** Erases the line, if one was drawn, so the output starts on a clean line. */
    synchronized void done() {
        if (err != null && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }
}
