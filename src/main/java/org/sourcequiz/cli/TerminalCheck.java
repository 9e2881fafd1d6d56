package org.sourcequiz.cli;

import java.io.Console;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;

/**
 * Whether the text UI can run: only on a real terminal. Without one Lanterna fails, or opens a
 * Swing window when a display is around; a pipe or a script gets plain mode instead.
 */
final class TerminalCheck {
    private TerminalCheck() {}

    static boolean interactive(Map<String, String> env) {
        Console console = System.console();
        if (console == null || !isTerminal(console)) {
            return false;
        }
        String term = env.get("TERM");
        return term != null && !term.isBlank() && !term.equals("dumb");
    }

    /**
     * On Java 17 a console exists only when stdin and stdout are both terminals. From Java 22 a
     * console may exist without a terminal and {@code isTerminal()} tells; it is called by name so
     * this compiles for 17.
     */
    private static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (IllegalAccessException | InvocationTargetException e) {
            return false;
        }
    }
}
