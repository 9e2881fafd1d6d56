package org.sourcequiz.explore;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import org.sourcequiz.model.DatePrecision;

/**
 * When an event happened, to the precision a source gives it: a day, a month or a year, or a range
 * of two of them. For MONTH and YEAR the unused fields of the dates are 1.
 *
 * @param end the last day, month or year of a range, or null
 */
public record EventDate(LocalDate start, LocalDate end, DatePrecision precision) {
    /** Date order: by first day; on the same first day a year before a month before a day, so rules come first. */
    public static final Comparator<EventDate> ORDER = Comparator.comparing(EventDate::first)
            .thenComparing(d -> -d.precision().ordinal())
            .thenComparing(EventDate::last);

    public EventDate {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(precision, "precision");
    }

    public static EventDate of(LocalDate date, DatePrecision precision) {
        return new EventDate(date, null, precision);
    }

    public boolean isRange() {
        return end != null;
    }

    /** The first day it covers. */
    public LocalDate first() {
        return start;
    }

    /** The last day it covers. */
    public LocalDate last() {
        LocalDate d = end == null ? start : end;
        return switch (precision) {
            case DAY -> d;
            case MONTH -> YearMonth.from(d).atEndOfMonth();
            case YEAR -> LocalDate.of(d.getYear(), 12, 31);
        };
    }

    /** True when every day of {@code other} is one of this date's days: 2021-09 holds 2021-09-10. */
    public boolean holds(EventDate other) {
        return !other.first().isBefore(first()) && !other.last().isAfter(last());
    }

    /** Two dates a reader would not call different: one holds the other. */
    public boolean agrees(EventDate other) {
        return holds(other) || other.holds(this);
    }

    /** {@code 2021}, {@code 2021-09} or {@code 2021-09-10}: the start at its precision. */
    public String iso() {
        return iso(start);
    }

    /** The end at its precision, or null. */
    public String endIso() {
        return end == null ? null : iso(end);
    }

    /** As an event line's prefix writes it: {@code 2021-09-10/2021-09-16}. */
    public String prefix() {
        return end == null ? iso() : iso() + "/" + endIso();
    }

    private String iso(LocalDate d) {
        return switch (precision) {
            case YEAR -> String.format("%04d", d.getYear());
            case MONTH -> String.format("%04d-%02d", d.getYear(), d.getMonthValue());
            case DAY -> d.toString();
        };
    }
}
