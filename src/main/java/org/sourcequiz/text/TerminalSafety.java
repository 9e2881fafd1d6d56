package org.sourcequiz.text;

/**
 * Text from question files is shown on a terminal, so characters that a terminal interprets
 * (ESC and the other C0/C1 controls) or that reorder what is shown (bidi overrides) must never
 * reach it. Validation rejects them; rendering replaces them as a second guard.
 */
public final class TerminalSafety {
    private TerminalSafety() {}

    /** True when {@code c} must not be written to a terminal as it is. Newline is allowed. */
    public static boolean isUnsafe(int c) {
        // Printable ASCII first: nearly every character of a bank is, and a load checks them all.
        if (c >= 0x20 && c < 0x7F || c == '\n') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    /** Index of the first unsafe character, or -1. */
    public static int firstUnsafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isUnsafe(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Replaces each unsafe character with U+FFFD, and tabs with a space. */
    public static String sanitize(String s) {
        if (firstUnsafe(s) < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c == '\t' ? ' ' : isUnsafe(c) ? '\uFFFD' : c);
        }
        return b.toString();
    }

    /** {@link #sanitize} and newlines made spaces: for messages that must stay one line, like a problem report. */
    public static String oneLine(String s) {
        return sanitize(s).replace('\n', ' ');
    }

    /** How a character is named in an error message, e.g. {@code U+001B}. */
    public static String describe(int c) {
        return String.format("U+%04X", c);
    }
}
