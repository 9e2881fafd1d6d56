package org.sourcequiz.cli;

import org.sourcequiz.app.TerminalCheck;
import org.sourcequiz.app.AppContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-line progress message on standard error, rewritten in place, shown only when standard
 * error is a terminal and the work has lasted more than a second; on a pipe it writes nothing.
 */
final class ProgressLine implements AutoCloseable {
    private static final long DELAY_NANOS = 1_000_000_000L;

    private final AppContext ctx;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private int shownLength;

    private ProgressLine(AppContext ctx, boolean enabled) {
        this.ctx = ctx;
        this.enabled = enabled;
    }

    static ProgressLine open(AppContext ctx) {
        return new ProgressLine(ctx, stderrIsTerminal(ctx));
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

    void show(String message) {
        if (!enabled || System.nanoTime() - start < DELAY_NANOS) {
            return;
        }
        String line = message.length() > 79 ? message.substring(0, 79) : message;
        ctx.err().print("\r" + line + " ".repeat(Math.max(0, shownLength - line.length())));
        ctx.err().flush();
        shownLength = line.length();
    }

    @Override
    public void close() {
        if (shownLength > 0) {
            ctx.err().print("\r" + " ".repeat(shownLength) + "\r");
            ctx.err().flush();
        }
    }
}
