package org.sourcequiz.model;

import java.time.LocalDate;
import java.util.Objects;

/** A date asked to a precision; for MONTH and YEAR the unused fields of {@code date} are 1. */
public record DateQuestion(Stem stem, LocalDate date, DatePrecision precision) implements Question {
    public DateQuestion {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
    }

    @Override
    public Kind kind() {
        return Kind.DATE;
    }
}
