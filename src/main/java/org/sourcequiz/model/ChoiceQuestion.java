package org.sourcequiz.model;

import java.util.List;

/** One right option among several; {@code answer} indexes {@code choices}. */
public record ChoiceQuestion(Stem stem, List<String> choices, int answer) implements Question {
    public ChoiceQuestion {
        choices = List.copyOf(choices);
        if (answer < 0 || answer >= choices.size()) {
            throw new IllegalArgumentException("answer index out of range: " + answer);
        }
    }

    @Override
    public Kind kind() {
        return Kind.CHOICE;
    }

    public String answerText() {
        return choices.get(answer);
    }
}
