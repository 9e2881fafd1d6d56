package org.sourcequiz.study;

import org.sourcequiz.engine.Verdict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What history knows of one question: its schedule for the content last answered, and counts
 * over every answer it ever had.
 *
 * @param contentHash  the content the {@code card} belongs to
 * @param introduced   the study day the current content was first answered (for the daily new limit)
 * @param tally        every answer to this question id, whatever its content at the time
 */
public record QuestionProgress(String questionId, String contentHash, Card card, LocalDate introduced,
                               Tally tally, Verdict lastVerdict, Instant lastAnsweredAt) {
    public QuestionProgress {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(introduced, "introduced");
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(lastVerdict, "lastVerdict");
        Objects.requireNonNull(lastAnsweredAt, "lastAnsweredAt");
    }

    /** The card for the question as it is now: NEW when its content changed since. */
    public Card cardFor(String currentHash) {
        return contentHash.equals(currentHash) ? card : Card.NEW;
    }
}
