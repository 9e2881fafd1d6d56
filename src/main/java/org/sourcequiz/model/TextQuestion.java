package org.sourcequiz.model;

import java.util.List;

/**
 * A short typed answer such as a name; the first accepted answer of the highest weight is the
 * canonical one. A {@code *} in an accepted answer matches any run of characters (Moodle's
 * short answer wildcard).
 *
 * @param weights       empty: every accepted answer earns full points; else one fraction per answer
 * @param feedback      empty, or one text per accepted answer, shown when it matched ("" = none)
 * @param otherFeedback shown when no accepted answer matched ("" = none)
 */
public record TextQuestion(Stem stem, List<String> accepted, List<Double> weights, List<String> feedback,
                           String otherFeedback) implements Question {
    public TextQuestion {
        accepted = List.copyOf(accepted);
        if (accepted.isEmpty()) {
            throw new IllegalArgumentException("no accepted answer");
        }
        weights = Weights.check(weights, accepted.size(), "accepted answers");
        feedback = Weights.feedback(feedback, accepted.size(), "accepted answers");
        otherFeedback = otherFeedback == null ? "" : otherFeedback;
    }

    public TextQuestion(Stem stem, List<String> accepted) {
        this(stem, accepted, List.of(), List.of(), "");
    }

    @Override
    public Kind kind() {
        return Kind.TEXT;
    }

    public double weight(int i) {
        return weights.isEmpty() ? 1 : weights.get(i);
    }

    public String feedbackFor(int i) {
        return Weights.at(feedback, i);
    }

    /** The index of the answer shown as the right one: the first of the highest weight. */
    public int best() {
        int best = 0;
        for (int i = 1; i < accepted.size(); i++) {
            if (weight(i) > weight(best)) {
                best = i;
            }
        }
        return best;
    }
}
