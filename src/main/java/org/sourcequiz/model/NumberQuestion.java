package org.sourcequiz.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure. Any answer in {@code [low, high]} is right; {@code value} is the figure the article
 * states, or null when the question accepts a range without a single expected value.
 */
public record NumberQuestion(Stem stem, BigDecimal value, BigDecimal low, BigDecimal high, String unit)
        implements Question {
    public NumberQuestion {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("low > high");
        }
        unit = unit == null ? "" : unit;
    }

    public static NumberQuestion exact(Stem stem, BigDecimal value, BigDecimal tolerance, String unit) {
        BigDecimal t = tolerance == null ? BigDecimal.ZERO : tolerance.abs();
        return new NumberQuestion(stem, value, value.subtract(t), value.add(t), unit);
    }

    @Override
    public Kind kind() {
        return Kind.NUMBER;
    }

    public boolean accepts(BigDecimal given) {
        return given.compareTo(low) >= 0 && given.compareTo(high) <= 0;
    }
}
