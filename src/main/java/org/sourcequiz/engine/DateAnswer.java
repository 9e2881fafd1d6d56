package org.sourcequiz.engine;

import org.sourcequiz.model.DatePrecision;

/**
 * Reads a typed date: {@code 9 September 2021}, {@code Sept 9, 2021}, {@code 2021-09-09},
 * {@code 9.9.2021}, {@code 09/09/2021} (day first), {@code September 2021}, {@code 2021-09},
 * {@code 2021}; a day and month without a year take {@code assumedYear}.
 */
public final class DateAnswer {
    private DateAnswer() {}

    public static Parsed<GivenDate> parse(String text, int assumedYear) {
        throw new UnsupportedOperationException("engine API draft");
    }

    /** A date as shown to a student, to a precision: {@code 9 September 2021}, {@code September 2021}, {@code 2021}. */
    public static String format(GivenDate date) {
        throw new UnsupportedOperationException("engine API draft");
    }

    public static String format(java.time.LocalDate date, DatePrecision precision) {
        throw new UnsupportedOperationException("engine API draft");
    }
}
