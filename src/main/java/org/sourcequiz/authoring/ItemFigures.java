package org.sourcequiz.authoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourcequiz.model.Kind;

/**
 * The item analysis of one question. Empty figures are those the data cannot give: a standard
 * deviation from one student, a correlation when every score is the same.
 *
 * @param n              attempts that include the question
 * @param facility       mean score over the question's points, 0..1 (below 0 only under negative marking)
 * @param sd             sample standard deviation of the score, as a share of the question's points
 * @param discrimination Pearson correlation of the question's score with the rest of the test's score
 * @param efficiency     discriminative efficiency: that covariance over the largest one the two
 *                       score distributions allow (both sorted), 0..1
 * @param options        how often each option was picked, most picked first (choice, truefalse, multi)
 * @param skipped        attempts that skipped the question
 * @param key            the right answer as shown
 */
public record ItemFigures(String id, Optional<Kind> kind, int n, double facility, Optional<Double> sd,
                          Optional<Double> discrimination, Optional<Double> efficiency, List<ItemFlag> flags,
                          Map<String, Integer> options, int skipped, String key) {
    public ItemFigures {
        flags = List.copyOf(flags);
        options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    }
}
