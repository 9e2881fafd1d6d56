package org.sourcequiz.engine;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a session runs.
 *
 * @param timeLimit        when it runs out the quiz ends (any mode; meant for exams)
 * @param negativeMarking  exam only: the share of a question's points a wrong choice or true/false
 *                         answer loses (0 = none, e.g. 0.25)
 * @param includeDrafts    whether questions marked {@code status: draft} may be drawn
 */
public record QuizOptions(Mode mode, Optional<Duration> timeLimit, double negativeMarking, boolean includeDrafts) {
    public QuizOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (negativeMarking < 0 || negativeMarking > 1) {
            throw new IllegalArgumentException("negative marking must be within 0..1: " + negativeMarking);
        }
        if (timeLimit.isPresent() && (timeLimit.get().isNegative() || timeLimit.get().isZero())) {
            throw new IllegalArgumentException("time limit must be positive");
        }
    }

    public QuizOptions(Mode mode, Optional<Duration> timeLimit, double negativeMarking) {
        this(mode, timeLimit, negativeMarking, false);
    }

    public static QuizOptions of(Mode mode) {
        return new QuizOptions(mode, Optional.empty(), 0);
    }
}
