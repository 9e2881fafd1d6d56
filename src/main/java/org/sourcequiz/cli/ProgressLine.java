package org.sourcequiz.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.ProgressText;
import org.sourcequiz.app.TerminalCheck;

/**
 * One line of progress on standard error ("importing a.gift: 120 questions", "analyze: reading
 * file 1234 of 10000"), drawn as {@link ProgressText} says. Nothing at all when standard error is
 * not a terminal, so a pipe or a log gets only the output.
 */
final class ProgressLine implements AutoCloseable {
    private final PrintWriter err;
    private final LongSupplier nanos;
    private final ProgressText text;

    /** @param err where to draw; null draws nothing */
    ProgressLine(PrintWriter err, LongSupplier nanos) {
        this.err = err;
        this.nanos = nanos;
        this.text = new ProgressText(nanos.getAsLong());
    }

    /** A progress line on stderr when it is a terminal, else one that draws nothing. */
    static ProgressLine forStderr(AppContext ctx) {
        return new ProgressLine(TerminalCheck.stderrIsTerminal(ctx.env()) ? ctx.err() : null, System::nanoTime);
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
        if (err != null) {
            write(text.show(message, last, nanos.getAsLong()));
        }
    }

    @Override
    public synchronized void close() {
        if (err != null) {
            write(text.erase());
        }
    }

    private void write(String s) {
        if (s != null) {
            err.print(s);
            err.flush();
        }
    }
}
