package org.sourcequiz.engine;

import org.sourcequiz.model.DatePrecision;

/** A date as a student typed it, to the precision they gave: month and day are 0 when not given. */
public record GivenDate(int year, int month, int day) {
    public DatePrecision precision() {
        return day != 0 ? DatePrecision.DAY : month != 0 ? DatePrecision.MONTH : DatePrecision.YEAR;
    }
}
