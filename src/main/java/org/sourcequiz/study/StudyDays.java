package org.sourcequiz.study;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Which study day an instant falls on. A study day starts at {@code rolloverHour} local time
 * rather than midnight (Anki's default is 4 a.m.), so a session that runs past midnight still
 * counts as the evening's and a question due "tomorrow" is due on waking up, not at the exact
 * hour it was last answered.
 */
public record StudyDays(ZoneId zone, int rolloverHour) {
    public static final int DEFAULT_ROLLOVER_HOUR = 4;

    public StudyDays {
        Objects.requireNonNull(zone, "zone");
        if (rolloverHour < 0 || rolloverHour > 23) {
            throw new IllegalArgumentException("rollover hour out of range: " + rolloverHour);
        }
    }

    public static StudyDays in(ZoneId zone) {
        return new StudyDays(zone, DEFAULT_ROLLOVER_HOUR);
    }

    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).minusHours(rolloverHour).toLocalDate();
    }

    /** Whole study days from {@code earlier} to {@code later}; never negative. */
    public long daysBetween(Instant earlier, Instant later) {
        return Math.max(0, ChronoUnit.DAYS.between(dayOf(earlier), dayOf(later)));
    }
}
