package org.sourcequiz.engine;

import java.math.BigDecimal;

/**
 * Reads a typed figure: {@code 65,089}, {@code 65 089}, {@code 65089}, {@code 1.2k},
 * {@code 1,2 million}, {@code 41.3%}, {@code about 200 000}. Pure; no locale.
 */
public final class NumberAnswer {
    private NumberAnswer() {}

    public static Parsed<BigDecimal> parse(String text) {
        throw new UnsupportedOperationException("engine API draft");
    }

    /** A figure as shown to a student: grouped thousands, no trailing zeros ({@code 12,800}, {@code 41.3}). */
    public static String format(BigDecimal value) {
        throw new UnsupportedOperationException("engine API draft");
    }
}
