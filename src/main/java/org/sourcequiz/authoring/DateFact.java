package org.sourcequiz.authoring;

import org.sourcequiz.engine.GivenDate;

/**
 * A date as an article writes it. {@code until} is the end of a range ("10-16 September",
 * "January-June", "2021–3"), else null. {@code yearStated} is false when the article gives a day
 * or month without a year and the year was taken from the article's own date. {@code cue} is a
 * word that frames a year, such as "since" or "by", else "".
 */
public record DateFact(Spot at, GivenDate date, GivenDate until, boolean yearStated, String cue) implements Fact {
    @Override
    public FactKind kind() {
        return FactKind.DATE;
    }

    public boolean isRange() {
        return until != null;
    }
}
