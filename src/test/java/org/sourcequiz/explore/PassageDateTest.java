package org.sourcequiz.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sourcequiz.model.DatePrecision;

/** The one date a passage states, in the written forms the articles use. */
class PassageDateTest {
    @Test
    void findsTheOneDateInEachForm() {
        assertThat(PassageDate.single("It was signed on 4 November 2021, in Moscow.")).contains(day(2021, 11, 4));
        assertThat(PassageDate.single("It was signed on November 4, 2021.")).contains(day(2021, 11, 4));
        assertThat(PassageDate.single("The article is dated 22.10.2021.")).contains(day(2021, 10, 22));
        assertThat(PassageDate.single("Dated 2021-10-22.")).contains(day(2021, 10, 22));
        assertThat(PassageDate.single("In September 2021 the troops came.").orElseThrow())
                .isEqualTo(EventDate.of(LocalDate.of(2021, 9, 1), DatePrecision.MONTH));
        assertThat(PassageDate.single("Since 1999 Belarus has been part of a union state.").orElseThrow())
                .isEqualTo(EventDate.of(LocalDate.of(1999, 1, 1), DatePrecision.YEAR));
    }

    @Test
    void noDateOrTwoDifferentOnesIsNoSingleDate() {
        assertThat(PassageDate.single("On September 10-16, Russia and Belarus held an exercise.")).isEmpty();
        assertThat(PassageDate.single("Between 2020 and 2022 much changed.")).isEmpty();
        assertThat(PassageDate.single("200,000 took part, 12,800 of them in Belarus.")).isEmpty();
        // The same date twice is still one date.
        assertThat(PassageDate.single("In 2021, and again in 2021.")).isPresent();
    }

    private static EventDate day(int y, int m, int d) {
        return EventDate.of(LocalDate.of(y, m, d), DatePrecision.DAY);
    }
}
