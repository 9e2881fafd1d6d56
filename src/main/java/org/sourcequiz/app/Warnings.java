package org.sourcequiz.app;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Warnings for the learner, such as a history that cannot be saved. While the text UI owns the
 * terminal, a line written to stderr would land in the middle of its screen and vanish with the
 * alternate screen; so a warning given then is shown by the UI in a box and printed once the
 * terminal is back. Each warning is given once per run: the second quiz started from Home on a
 * read-only folder does not repeat what the first said.
 */
public final class Warnings {
    private static final String PREFIX = "sourcequiz: warning: ";

    private final PrintWriter err;
    private final Set<String> given = new HashSet<>();
    private final Deque<String> forUi = new ArrayDeque<>();
    private final List<String> afterUi = new ArrayList<>();
    private boolean uiOwnsTerminal;

    public Warnings(PrintWriter err) {
        this.err = err;
    }

    /** One warning, without the "sourcequiz: warning:" prefix. */
    public synchronized void warn(String message) {
        if (!given.add(message)) {
            return;
        }
        // Kept for a UI that opens later too: a warning printed just before the UI takes the screen would go unread.
        forUi.add(message);
        if (uiOwnsTerminal) {
            afterUi.add(message);
        } else {
            err.println(PREFIX + message);
            err.flush();
        }
    }

    /** The next warning the UI has not shown yet. */
    public synchronized Optional<String> nextForUi() {
        return Optional.ofNullable(forUi.poll());
    }

    /** The UI has the terminal: hold stderr back. */
    public synchronized void uiOpened() {
        uiOwnsTerminal = true;
    }

    /** The terminal is back: print what the UI showed, so it stays in the shell. */
    public synchronized void uiClosed() {
        uiOwnsTerminal = false;
        forUi.clear();
        for (String m : afterUi) {
            err.println(PREFIX + m);
        }
        afterUi.clear();
        err.flush();
    }
}
