package org.sourcequiz.tui;

import java.util.Optional;
import org.sourcequiz.engine.Presented;
import org.sourcequiz.engine.Response;

/**
 * What the student has entered so far for one question, one implementation per way of answering.
 * Immutable: each edit returns a new value. It only collects the answer; the session judges it.
 */
sealed interface AnswerInput permits OptionsInput, TextField, OrderInput, MatchInput {

    /** The response to send, or empty while nothing has been given. */
    Optional<Response> response();

    /** What to do when {@link #response()} is empty, in terms of keys. */
    String missing();

    /** The editor for a freshly shown question. */
    static AnswerInput of(Presented p) {
        return switch (p.kind()) {
            case CHOICE -> OptionsInput.single(p.options().size());
            case TRUEFALSE -> OptionsInput.trueFalse();
            case MULTI -> OptionsInput.multi(p.options().size());
            case NUMBER, DATE, TEXT, OPEN -> TextField.EMPTY;
            case ORDER -> OrderInput.of(p.options().size());
            case MATCH -> MatchInput.of(p.options().size(), p.rights().size());
        };
    }
}
