package org.sourcequiz.model;

/**
 * A statement to judge true or false.
 *
 * @param feedbackTrue  shown when the student answers true ("" = none)
 * @param feedbackFalse shown when the student answers false ("" = none)
 */
public record TrueFalseQuestion(Stem stem, boolean answer, String feedbackTrue, String feedbackFalse)
        implements Question {
    public TrueFalseQuestion {
        feedbackTrue = feedbackTrue == null ? "" : feedbackTrue;
        feedbackFalse = feedbackFalse == null ? "" : feedbackFalse;
    }

    public TrueFalseQuestion(Stem stem, boolean answer) {
        this(stem, answer, "", "");
    }

    @Override
    public Kind kind() {
        return Kind.TRUEFALSE;
    }

    public String feedbackFor(boolean given) {
        return given ? feedbackTrue : feedbackFalse;
    }
}
