package org.sourcequiz.app;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the text UI can run: only on a real terminal, with keys coming from it and the screen
 * going to it. Without one Lanterna fails, or opens a Swing window when a display is around; a
 * pipe or a script gets plain mode instead.
 */
public final class TerminalCheck {
    private static final Path PROC_FD = Path.of("/proc/self/fd");

    private TerminalCheck() {}

    public static boolean interactive(Map<String, String> env) {
        if (!termCanDraw(env)) {
            return false;
        }
        return procSaysTerminals(PROC_FD).orElseGet(TerminalCheck::consoleSaysTerminals);
    }

    /**
     * Where Linux shows them: each open file is a link under /proc/self/fd, to a /dev/pts or
     * /dev/tty device for a terminal, to a pipe or a file otherwise. Asked there first because
     * {@link System#console()} costs a cold JVM some 10 ms (it sets up a formatter, a charset and
     * regular expressions) right before the first screen. Empty where there is no such folder.
     */
    static Optional<Boolean> procSaysTerminals(Path procFd) {
        try {
            return Optional.of(isTerminalDevice(Files.readSymbolicLink(procFd.resolve("0")).toString())
                    && isTerminalDevice(Files.readSymbolicLink(procFd.resolve("1")).toString()));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Whether standard error is a terminal, for progress lines: never, when TERM says it cannot draw. */
    public static boolean stderrIsTerminal(Map<String, String> env) {
        if (!termCanDraw(env)) {
            return false;
        }
        try {
            return isTerminalDevice(Files.readSymbolicLink(PROC_FD.resolve("2")).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static boolean termCanDraw(Map<String, String> env) {
        String term = env.get("TERM");
        return term != null && !term.isBlank() && !term.equals("dumb");
    }

    public static boolean isTerminalDevice(String linkTarget) {
        return linkTarget.startsWith("/dev/pts/") || linkTarget.startsWith("/dev/tty") || linkTarget.equals("/dev/console");
    }

    /** On Java 17 a console exists only when stdin and stdout are both terminals. */
    private static boolean consoleSaysTerminals() {
        Console console = System.console();
        return console != null && isTerminal(console);
    }

    /**
     * From Java 22 a console may exist without a terminal and {@code isTerminal()} tells; it is
     * called by name so this compiles for 17.
     */
    private static boolean isTerminal(Console console) {
        // The version first: a failed method lookup costs a cold start a few milliseconds.
        if (javaFeature() < 22) {
            return true;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (IllegalAccessException | InvocationTargetException e) {
            return false;
        }
    }

    private static int javaFeature() {
        String v = System.getProperty("java.specification.version", "");
        try {
            return Integer.parseInt(v.startsWith("1.") ? v.substring(2) : v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
