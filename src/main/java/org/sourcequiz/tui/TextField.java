package org.sourcequiz.tui;

import java.util.Optional;
import org.sourcequiz.engine.Response;

/** number, date and text: a one-line field with a cursor ({@code caret}, a char index). */
record TextField(String text, int caret) implements AnswerInput {
    static final TextField EMPTY = new TextField("", 0);
    static final int MAX = 200;

    TextField {
        caret = Math.max(0, Math.min(text.length(), caret));
    }

    TextField type(char c) {
        if (text.length() >= MAX || Character.isISOControl(c)) {
            return this;
        }
        return new TextField(text.substring(0, caret) + c + text.substring(caret), caret + 1);
    }

    TextField left() {
        return new TextField(text, caret - step(caret - 1, -1));
    }

    TextField right() {
        return new TextField(text, caret + step(caret, 1));
    }

    TextField home() {
        return new TextField(text, 0);
    }

    TextField end() {
        return new TextField(text, text.length());
    }

    TextField backspace() {
        if (caret == 0) {
            return this;
        }
        int n = step(caret - 1, -1);
        return new TextField(text.substring(0, caret - n) + text.substring(caret), caret - n);
    }

    TextField delete() {
        if (caret >= text.length()) {
            return this;
        }
        int n = step(caret, 1);
        return new TextField(text.substring(0, caret) + text.substring(caret + n), caret);
    }

    /** 2 over a surrogate pair, so the cursor never stands inside one character. */
    private int step(int at, int direction) {
        if (at < 0 || at >= text.length()) {
            return 0;
        }
        char c = text.charAt(at);
        boolean pair = direction > 0 ? Character.isHighSurrogate(c) && at + 1 < text.length()
                : Character.isLowSurrogate(c) && at > 0;
        return pair ? 2 : 1;
    }

    @Override
    public Optional<Response> response() {
        return text.isBlank() ? Optional.empty() : Optional.of(Response.typed(text));
    }

    @Override
    public String missing() {
        return "type your answer, then press Enter (Tab skips)";
    }
}
