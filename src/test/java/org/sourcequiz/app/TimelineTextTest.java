package org.sourcequiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sourcequiz.explore.EventDate;
import org.sourcequiz.model.DatePrecision;

class TimelineTextTest {
    @Test
    void shortDatesLeaveOutWhatTheRulesAboveSay() {
        assertThat(TimelineText.shortDate(day(2021, 9, 10, 2021, 9, 16))).isEqualTo("10–16 Sep");
        assertThat(TimelineText.shortDate(day(2021, 9, 28, 2021, 10, 3))).isEqualTo("28 Sep–3 Oct");
        assertThat(TimelineText.shortDate(day(2021, 12, 28, 2022, 1, 3))).isEqualTo("28 Dec–3 Jan 2022");
        assertThat(TimelineText.shortDate(EventDate.of(LocalDate.of(2021, 9, 8), DatePrecision.DAY))).isEqualTo("8 Sep");
        assertThat(TimelineText.shortDate(new EventDate(LocalDate.of(2021, 9, 1), LocalDate.of(2021, 10, 1), DatePrecision.MONTH)))
                .isEqualTo("Sep–Oct");
        assertThat(TimelineText.shortDate(new EventDate(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 1, 1), DatePrecision.YEAR)))
                .isEqualTo("2020–2022");
    }

    private static EventDate day(int y1, int m1, int d1, int y2, int m2, int d2) {
        return new EventDate(LocalDate.of(y1, m1, d1), LocalDate.of(y2, m2, d2), DatePrecision.DAY);
    }
}
