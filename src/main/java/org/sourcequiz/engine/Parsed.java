package org.sourcequiz.engine;

import java.util.Objects;
import org.sourcequiz.text.TerminalSafety;

/** A typed answer read into a value, or the one-line reason it could not be read. */
public record Parsed<T>(T value, String problem) {
    private static final int QUOTED = 40;

    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(Objects.requireNonNull(value), "");
    }

    public static <T> Parsed<T> rejected(String problem) {
        return new Parsed<>(null, problem);
    }

    public boolean isOk() {
        return value != null;
    }

    /**
     * Typed text as a reason quotes it: one line, safe for a terminal, and cut when long, since
     * the reason is shown under the answer and a pasted paragraph would push the question away.
     */
    static String quote(String typed) {
        String s = TerminalSafety.oneLine(typed.strip()).replaceAll("\\s+", " ");
        if (s.codePointCount(0, s.length()) > QUOTED) {
            s = s.substring(0, s.offsetByCodePoints(0, QUOTED - 1)) + "…";
        }
        return "`" + s + "`";
    }
}
