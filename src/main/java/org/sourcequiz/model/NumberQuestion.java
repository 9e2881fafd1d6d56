package org.sourcequiz.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A figure. Any answer in {@code [low, high]} is right; {@code value} is the figure the article
 * states, or null when the question accepts a range without a single expected value.
 *
 * @param alternatives  further accepted bands with partial credit (Moodle numerical with several
 *                      answers), tried in order after the main one, which earns full points
 * @param otherFeedback shown when no band matched ("" = none)
 */
public record NumberQuestion(Stem stem, BigDecimal value, BigDecimal low, BigDecimal high, String unit,
                             List<Band> alternatives, String otherFeedback) implements Question {
    public NumberQuestion {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("low > high");
        }
        unit = unit == null ? "" : unit;
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        otherFeedback = otherFeedback == null ? "" : otherFeedback;
    }

    public NumberQuestion(Stem stem, BigDecimal value, BigDecimal low, BigDecimal high, String unit) {
        this(stem, value, low, high, unit, List.of(), "");
    }

    /**
     * An extra accepted band: any answer in {@code [low, high]} earns {@code weight} of the points.
     *
     * @param value    the figure this band is about, or null for a bare range
     * @param weight   a fraction in [0, 1]
     * @param feedback shown when the answer falls in this band ("" = none)
     */
    public record Band(BigDecimal value, BigDecimal low, BigDecimal high, double weight, String feedback) {
        public Band {
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
            if (low.compareTo(high) > 0) {
                throw new IllegalArgumentException("low > high");
            }
            if (!(weight >= 0 && weight <= 1)) {
                throw new IllegalArgumentException("weight out of [0, 1]: " + weight);
            }
            feedback = feedback == null ? "" : feedback;
        }

        public static Band around(BigDecimal value, BigDecimal tolerance, double weight, String feedback) {
            BigDecimal t = tolerance == null ? BigDecimal.ZERO : tolerance.abs();
            return new Band(value, value.subtract(t), value.add(t), weight, feedback);
        }

        public boolean accepts(BigDecimal given) {
            return given.compareTo(low) >= 0 && given.compareTo(high) <= 0;
        }
    }

    public static NumberQuestion exact(Stem stem, BigDecimal value, BigDecimal tolerance, String unit) {
        BigDecimal t = tolerance == null ? BigDecimal.ZERO : tolerance.abs();
        return new NumberQuestion(stem, value, value.subtract(t), value.add(t), unit);
    }

    @Override
    public Kind kind() {
        return Kind.NUMBER;
    }

    /** Whether {@code given} is in the main band, the one worth full points. */
    public boolean accepts(BigDecimal given) {
        return given.compareTo(low) >= 0 && given.compareTo(high) <= 0;
    }
}
