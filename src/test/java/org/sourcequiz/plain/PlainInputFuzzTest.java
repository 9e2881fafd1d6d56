package org.sourcequiz.plain;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcequiz.engine.AnswerListener;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.Parsed;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.engine.Response;
import org.sourcequiz.fuzz.Corpus;
import org.sourcequiz.fuzz.Fuzz;
import org.sourcequiz.fuzz.Mutations;
import org.sourcequiz.fuzz.Sessions;
import org.sourcequiz.fuzz.Shape;

/**
 * Mutated and random lines through the plain interface's reader for every kind: `2`, `1,3`, `t`,
 * `3 1 2`, `1b 2a 3c` and typed values. A line becomes a response or a one-line reason; a response
 * is then graded or refused the way {@link Sessions#answerOrRefuse} requires.
 */
class PlainInputFuzzTest {
    private static final List<String> IDS = List.of("fx-choice", "fx-multi", "fx-truefalse", "fx-number", "fx-date",
            "fx-text", "fx-order", "fx-match");

    @Test
    void answerLines() {
        Mutations lines = new Mutations(Corpus.answers(), Mutations.ANSWER_TOKENS);
        Fuzz.run("answer lines (PlainInput)", lines::text, Shape.TEXT, line -> {
            for (String id : IDS) {
                QuizSession s = QuizSession.ofIds(PlainQuizTest.BANK, List.of(id), 1, QuizOptions.of(Mode.PRACTICE),
                        Clock.systemUTC(), "fuzz", AnswerListener.NONE);
                Parsed<Response> p = PlainInput.parse(line, s.current());
                if (p.isOk()) {
                    Sessions.answerOrRefuse(s, p.value());
                } else {
                    Sessions.oneLine(p.problem());
                }
            }
            Parsed<?> rating = PlainInput.rating(line);
            if (!rating.isOk()) {
                Sessions.oneLine(rating.problem());
            }
        });
    }
}
