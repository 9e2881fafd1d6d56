package org.sourcequiz.model;

import java.util.Objects;

/**
 * An essay question: the student writes an answer, then sees {@code modelAnswer} and the stem's
 * explanation and rates their own answer. Nothing is graded automatically; the rating is the grade.
 *
 * @param modelAnswer what a good answer says; "" when the file gives none
 */
public record OpenQuestion(Stem stem, String modelAnswer) implements Question {
    public OpenQuestion {
        Objects.requireNonNull(stem, "stem");
        modelAnswer = modelAnswer == null ? "" : modelAnswer;
    }

    @Override
    public Kind kind() {
        return Kind.OPEN;
    }
}
