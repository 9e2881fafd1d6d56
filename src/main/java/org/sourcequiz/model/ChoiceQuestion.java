package org.sourcequiz.model;

import java.util.List;

/**
 * One option to pick; {@code answer} indexes {@code choices}.
 *
 * @param weights  empty: 1 for {@code answer}, 0 for the rest; else one fraction per choice in
 *                 [-1, 1] (Moodle's fractions) and {@code answer} is the index of the highest
 * @param feedback empty, or one text per choice shown when it is picked ("" = none)
 */
public record ChoiceQuestion(Stem stem, List<String> choices, int answer, List<Double> weights,
                             List<String> feedback) implements Question {
    public ChoiceQuestion {
        choices = List.copyOf(choices);
        if (answer < 0 || answer >= choices.size()) {
            throw new IllegalArgumentException("answer index out of range: " + answer);
        }
        weights = Weights.check(weights, choices.size(), "choices");
        feedback = Weights.feedback(feedback, choices.size(), "choices");
        if (!weights.isEmpty() && weights.get(answer) < weights.stream().mapToDouble(Double::doubleValue).max().orElseThrow()) {
            throw new IllegalArgumentException("answer " + answer + " is not the highest weight");
        }
    }

    public ChoiceQuestion(Stem stem, List<String> choices, int answer) {
        this(stem, choices, answer, List.of(), List.of());
    }

    /** A question whose right answer is the first choice of the highest weight. */
    public static ChoiceQuestion weighted(Stem stem, List<String> choices, List<Double> weights, List<String> feedback) {
        int best = 0;
        for (int i = 1; i < weights.size(); i++) {
            if (weights.get(i) > weights.get(best)) {
                best = i;
            }
        }
        return new ChoiceQuestion(stem, choices, best, weights, feedback);
    }

    @Override
    public Kind kind() {
        return Kind.CHOICE;
    }

    public String answerText() {
        return choices.get(answer);
    }

    /** The fraction of the points choice {@code i} earns. */
    public double weight(int i) {
        return weights.isEmpty() ? (i == answer ? 1 : 0) : weights.get(i);
    }

    public String feedbackFor(int i) {
        return Weights.at(feedback, i);
    }
}
