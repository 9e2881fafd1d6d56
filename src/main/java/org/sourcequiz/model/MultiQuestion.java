package org.sourcequiz.model;

import java.util.List;

/** Several right options; {@code answers} are indexes into {@code choices}, ascending. */
public record MultiQuestion(Stem stem, List<String> choices, List<Integer> answers) implements Question {
    public MultiQuestion {
        choices = List.copyOf(choices);
        answers = answers.stream().sorted().distinct().toList();
        for (int a : answers) {
            if (a < 0 || a >= choices.size()) {
                throw new IllegalArgumentException("answer index out of range: " + a);
            }
        }
    }

    @Override
    public Kind kind() {
        return Kind.MULTI;
    }

    public List<String> answerTexts() {
        return answers.stream().map(choices::get).toList();
    }
}
