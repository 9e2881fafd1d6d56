package org.sourcequiz.tui;

import org.sourcequiz.text.TerminalSafety;

/**
 * A run of text in one style. Every string that reaches the screen passes through here, so text
 * from question files is always sanitized before it is drawn.
 */
record Span(String text, Style style) {
    Span {
        text = TerminalSafety.sanitize(text);
    }

    static Span plain(String text) {
        return new Span(text, Style.PLAIN);
    }

    static Span of(String text, Style style) {
        return new Span(text, style);
    }

    int width() {
        return Wrap.width(text);
    }
}
