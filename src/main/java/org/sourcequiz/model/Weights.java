package org.sourcequiz.model;

import java.util.List;

/** Checks shared by the records that carry Moodle-style fractions and per-answer feedback. */
final class Weights {
    private Weights() {}

    /** Empty, or one fraction in [-1, 1] per answer. */
    static List<Double> check(List<Double> weights, int answers, String what) {
        List<Double> w = weights == null ? List.of() : List.copyOf(weights);
        if (!w.isEmpty() && w.size() != answers) {
            throw new IllegalArgumentException(w.size() + " weights for " + answers + " " + what);
        }
        for (double d : w) {
            if (!(d >= -1 && d <= 1)) {
                throw new IllegalArgumentException("weight out of [-1, 1]: " + d);
            }
        }
        return w;
    }

    /** Empty, or one text per answer ("" = no feedback for that answer). */
    static List<String> feedback(List<String> feedback, int answers, String what) {
        List<String> f = feedback == null ? List.of() : List.copyOf(feedback);
        if (!f.isEmpty() && f.size() != answers) {
            throw new IllegalArgumentException(f.size() + " feedback texts for " + answers + " " + what);
        }
        return f;
    }

    static String at(List<String> feedback, int i) {
        return feedback.isEmpty() ? "" : feedback.get(i);
    }
}
