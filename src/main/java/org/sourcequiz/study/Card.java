package org.sourcequiz.study;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The FSRS memory state of one question.
 *
 * @param stability   days until recall probability falls to 90%
 * @param difficulty  1 (easiest) to 10
 * @param lastReview  when it was last rated; null while NEW
 * @param due         the study day it is next due; null while NEW
 * @param reps        ratings so far
 * @param lapses      times rated Again after having been recalled
 */
public record Card(CardState state, double stability, double difficulty, Instant lastReview, LocalDate due,
                   int reps, int lapses) {

    public static final Card NEW = new Card(CardState.NEW, 0, 0, null, null, 0, 0);

    public Card {
        Objects.requireNonNull(state, "state");
        if (state == CardState.REVIEW) {
            Objects.requireNonNull(lastReview, "lastReview");
            Objects.requireNonNull(due, "due");
        }
    }

    public boolean isNew() {
        return state == CardState.NEW;
    }

    /** Due on or before {@code today}; a NEW card is never "due", it is new. */
    public boolean isDueBy(LocalDate today) {
        return state == CardState.REVIEW && !due.isAfter(today);
    }
}
