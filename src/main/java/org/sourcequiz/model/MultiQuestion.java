package org.sourcequiz.model;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Several right options; {@code answers} are indexes into {@code choices}, ascending.
 *
 * @param weights  empty: partial credit by right and wrong picks; else one fraction per choice in
 *                 [-1, 1], negative for options that cost, and {@code answers} are the indexes of
 *                 the positive ones; the score is the sum of the weights picked, clamped to [0, 1]
 * @param feedback empty, or one text per choice shown when it is picked ("" = none)
 */
public record MultiQuestion(Stem stem, List<String> choices, List<Integer> answers, List<Double> weights,
                            List<String> feedback) implements Question {
    public MultiQuestion {
        choices = List.copyOf(choices);
        answers = answers.stream().sorted().distinct().toList();
        for (int a : answers) {
            if (a < 0 || a >= choices.size()) {
                throw new IllegalArgumentException("answer index out of range: " + a);
            }
        }
        weights = Weights.check(weights, choices.size(), "choices");
        feedback = Weights.feedback(feedback, choices.size(), "choices");
        if (!weights.isEmpty() && !answers.equals(positive(weights))) {
            throw new IllegalArgumentException("answers " + answers + " are not the options of positive weight");
        }
    }

    public MultiQuestion(Stem stem, List<String> choices, List<Integer> answers) {
        this(stem, choices, answers, List.of(), List.of());
    }

    /** A question whose right answers are the choices of positive weight. */
    public static MultiQuestion weighted(Stem stem, List<String> choices, List<Double> weights, List<String> feedback) {
        return new MultiQuestion(stem, choices, positive(weights), weights, feedback);
    }

    private static List<Integer> positive(List<Double> weights) {
        return IntStream.range(0, weights.size()).filter(i -> weights.get(i) > 0).boxed().toList();
    }

    @Override
    public Kind kind() {
        return Kind.MULTI;
    }

    public List<String> answerTexts() {
        return answers.stream().map(choices::get).toList();
    }

    public String feedbackFor(int i) {
        return Weights.at(feedback, i);
    }
}
