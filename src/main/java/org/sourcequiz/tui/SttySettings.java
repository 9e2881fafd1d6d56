package org.sourcequiz.tui;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The terminal's settings as {@code stty -g} prints them, which raw mode is left for, read ahead
 * of the screen. A JVM's first child process costs it some 15 ms; read on another thread while
 * the terminal's own thread is still setting Lanterna up, the settings are there when Lanterna
 * asks, and the run that enters raw mode is then a cheap second process.
 *
 * <p>At most once per process, and only before any terminal took the settings itself: read any
 * later, they could be the raw ones of a screen already open.
 */
final class SttySettings {
    private static final FutureTask<String> TAKEN = new FutureTask<>(() -> null);
    private static final AtomicReference<FutureTask<String>> AHEAD = new AtomicReference<>();

    private SttySettings() {}

    /** Reads the settings on the caller's thread, unless a terminal already took them. */
    static void readAhead() {
        FutureTask<String> task = new FutureTask<>(SttySettings::read);
        if (AHEAD.compareAndSet(null, task)) {
            task.run();
        }
    }

    /**
     * The settings read ahead, waiting for a read under way; null when there was none or it
     * failed, and the caller reads them itself. After this, nothing is read ahead any more.
     */
    static String take() {
        FutureTask<String> task = AHEAD.getAndSet(TAKEN);
        if (task == null || task == TAKEN) {
            return null;
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String read() throws IOException, InterruptedException {
        // The command and the device Lanterna's Unix terminal uses.
        String stty = System.getProperty("com.googlecode.lanterna.terminal.UnixTerminal.sttyCommand", "/bin/stty");
        Process p = new ProcessBuilder(stty, "-g").redirectInput(new File("/dev/tty"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        return p.waitFor() == 0 && !out.isEmpty() ? out : null;
    }
}
