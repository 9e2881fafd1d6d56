package org.sourcequiz.study;

import org.sourcequiz.engine.Rating;
import org.sourcequiz.engine.Verdict;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One graded answer as history keeps it.
 *
 * @param contentHash {@link ContentHash} of the question as it was asked
 * @param mode        the quiz mode's name (practice, exam, flashcard, review)
 * @param given       what the learner answered, as they typed or chose it
 * @param expected    the right answer, as shown to them
 * @param rating      what the scheduler is told: from the grade in quiz modes
 *                    ({@link Ratings#fromGrade}), the learner's own in flashcard mode
 * @param answeredAt  kept to the millisecond
 */
public record AnswerRecord(String questionId, String contentHash, String setId, String sessionId, String mode,
                           String given, String expected, Verdict verdict, Rating rating,
                           double points, double maxPoints, double seconds, Instant answeredAt) {
    public AnswerRecord {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(setId, "setId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(answeredAt, "answeredAt");
        given = given == null ? "" : given;
        expected = expected == null ? "" : expected;
        answeredAt = answeredAt.truncatedTo(ChronoUnit.MILLIS);
    }
}
