package org.sourcequiz.interop;

import org.sourcequiz.text.TerminalSafety;

/** Text from an imported file as a report may quote it: one line, safe for a terminal, short. */
final class TextSafety {
    private static final int MAX = 60;

    private TextSafety() {}

    static String shown(String s) {
        String one = TerminalSafety.oneLine(s);
        return one.length() > MAX ? one.substring(0, MAX - 1) + "…" : one;
    }
}
