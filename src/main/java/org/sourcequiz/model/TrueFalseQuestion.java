package org.sourcequiz.model;

/** A statement to judge true or false. */
public record TrueFalseQuestion(Stem stem, boolean answer) implements Question {
    @Override
    public Kind kind() {
        return Kind.TRUEFALSE;
    }
}
