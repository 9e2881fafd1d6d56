package org.sourcequiz.study;

import java.time.LocalDate;
import org.sourcequiz.model.Question;

/**
 * A question chosen for review.
 *
 * @param due             the day it fell due; null for a new question
 * @param retrievability  predicted chance of recalling it now; 0 for a new question
 */
public record ReviewItem(Question question, LocalDate due, double retrievability) {
    public boolean isNew() {
        return due == null;
    }
}
