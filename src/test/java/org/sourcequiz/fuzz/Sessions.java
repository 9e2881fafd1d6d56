package org.sourcequiz.fuzz;

import java.util.Optional;
import org.sourcequiz.engine.Grade;
import org.sourcequiz.engine.InvalidResponseException;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.engine.Response;

/** The contract every response must meet, whatever produced it. */
public final class Sessions {
    private Sessions() {}

    /**
     * A response is either refused, with one line that says why and the same line in the
     * {@link InvalidResponseException} that {@code answer} throws, leaving the question in place; or
     * graded within the question's points.
     */
    public static void answerOrRefuse(QuizSession s, Response r) {
        String before = s.current().id();
        Optional<String> problem = s.problem(r);
        if (problem.isPresent()) {
            oneLine(problem.get());
            try {
                s.answer(r);
            } catch (InvalidResponseException e) {
                if (!e.getMessage().equals(problem.get()) || !s.current().id().equals(before)) {
                    throw new AssertionError("refused as `" + e.getMessage() + "` but problem() said `" + problem.get() + "`");
                }
                return;
            }
            throw new AssertionError("graded although problem() said `" + problem.get() + "`: " + r);
        }
        Grade g = s.answer(r);
        if (g.verdict() == null || g.points() > g.maxPoints() || g.points() < -g.maxPoints() || g.given() == null) {
            throw new AssertionError("odd grade " + g + " for " + r);
        }
    }

    public static void oneLine(String message) {
        if (message.isBlank() || message.indexOf('\n') >= 0) {
            throw new AssertionError("not a one-line message: `" + message + "`");
        }
    }
}
