package org.sourcequiz.authoring;

import java.util.List;
import java.util.Optional;

/**
 * The figures of the whole test. Scores are percentages of each attempt's own maximum, so that
 * attempts given different numbers of questions compare.
 *
 * @param students       attempts analysed (one per student)
 * @param leftOut        later attempts of a student already counted, and copies of one attempt
 * @param alpha          Cronbach's alpha over the {@code alphaQuestions} questions every attempt
 *                       includes; empty with fewer than two such questions, two attempts, or no spread
 * @param alphaQuestions how many questions alpha is computed over
 * @param distribution   attempts per tenth of the score: 0–10 %, 10–20 %, …, 90–100 % (100 % in the last)
 */
public record TestFigures(int students, int leftOut, double meanPercent, double medianPercent, Optional<Double> sdPercent,
                          Optional<Double> alpha, int alphaQuestions, int questions, List<Integer> distribution) {
    public TestFigures {
        distribution = List.copyOf(distribution);
    }
}
