package org.sourcequiz.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sourcequiz.model.DatePrecision;

/** Dates as question files write them: a day, a month or a year. */
class IsoDateTest {
    @Test
    void dayMonthAndYear() {
        assertThat(IsoDate.parse("2021-09-09")).contains(new IsoDate(LocalDate.of(2021, 9, 9), DatePrecision.DAY));
        assertThat(IsoDate.parse(" 2021-9-9 ")).contains(new IsoDate(LocalDate.of(2021, 9, 9), DatePrecision.DAY));
        assertThat(IsoDate.parse("2022-11")).contains(new IsoDate(LocalDate.of(2022, 11, 1), DatePrecision.MONTH));
        assertThat(IsoDate.parse("2020")).contains(new IsoDate(LocalDate.of(2020, 1, 1), DatePrecision.YEAR));
    }

    @Test
    void writtenBackInFull() {
        assertThat(IsoDate.parse("2021-9-9").orElseThrow().iso()).isEqualTo("2021-09-09");
        assertThat(IsoDate.parse("2022-3").orElseThrow().iso()).isEqualTo("2022-03");
        assertThat(IsoDate.parse("0999").orElseThrow().iso()).isEqualTo("0999");
    }

    @Test
    void notADate() {
        for (String s : new String[] {"", "21", "20210", "2021-", "2021-123", "2021-09-", "2021-09-123", "2021/09/09",
                "2021-09-09T10:00", "2021-0x", "٢٠٢١", "2021-09-09-01", "September 2021"}) {
            assertThat(IsoDate.parse(s)).as(s).isEmpty();
        }
    }

    @Test
    void impossibleDatesSayWhy() {
        assertThatThrownBy(() -> IsoDate.parse("2021-13")).isInstanceOf(DateTimeException.class).hasMessage("there is no month 13");
        assertThatThrownBy(() -> IsoDate.parse("2021-00-10")).hasMessage("there is no month 0");
        assertThatThrownBy(() -> IsoDate.parse("2022-02-29")).hasMessage("February 2022 has no day 29");
        assertThatThrownBy(() -> IsoDate.parse("2021-09-00")).hasMessage("September 2021 has no day 0");
    }
}
