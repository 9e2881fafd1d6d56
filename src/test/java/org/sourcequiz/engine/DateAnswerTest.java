package org.sourcequiz.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateAnswerTest {

    /** Answers typed for a question whose date is in 2021. */
    @ParameterizedTest(name = "`{0}` reads as {1}-{2}-{3}")
    @CsvSource(delimiter = '|', value = {
            "9 September 2021 | 2021 | 9 | 9",
            "Sept 9, 2021 | 2021 | 9 | 9",
            "9 Sept 2021 | 2021 | 9 | 9",
            "9 Sept. 2021 | 2021 | 9 | 9",
            "September 9th, 2021 | 2021 | 9 | 9",
            "9th of September 2021 | 2021 | 9 | 9",
            "2021-09-09 | 2021 | 9 | 9",
            "2021-9-9 | 2021 | 9 | 9",
            "9.9.2021 | 2021 | 9 | 9",
            "09.09.2021 | 2021 | 9 | 9",
            "09/09/2021 | 2021 | 9 | 9",
            "10/09/2021 | 2021 | 9 | 10",
            "9-9-2021 | 2021 | 9 | 9",
            "9.9.21 | 2021 | 9 | 9",
            "SEPTEMBER 9 2021 | 2021 | 9 | 9",
            "Sep 9 | 2021 | 9 | 9",
            "9 September | 2021 | 9 | 9",
            "9.9. | 2021 | 9 | 9",
            "September 2021 | 2021 | 9 | 0",
            "Sept 2021 | 2021 | 9 | 0",
            "2021-09 | 2021 | 9 | 0",
            "09/2021 | 2021 | 9 | 0",
            "September | 2021 | 9 | 0",
            "2021 | 2021 | 0 | 0",
            "1 Feb 2020 | 2020 | 2 | 1",
            "29 February 2024 | 2024 | 2 | 29",
    })
    void accepts(String typed, int year, int month, int day) {
        Parsed<GivenDate> p = DateAnswer.parse(typed, 2021);
        assertThat(p.problem()).isEmpty();
        assertThat(p.value()).isEqualTo(new GivenDate(year, month, day));
    }

    @ParameterizedTest(name = "`{0}` is refused")
    @ValueSource(strings = {"", "yesterday", "31 September 2021", "30 February 2021", "13/13/2021", "2021-13",
            "9", "Septembre 9", "9 September 2021 at noon", "29 February 2021", "32.1.2021", "abc 2021"})
    void rejectsWithAReason(String typed) {
        Parsed<GivenDate> p = DateAnswer.parse(typed, 2021);
        assertThat(p.isOk()).isFalse();
        assertThat(p.problem()).isNotBlank().doesNotContain("\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2021 | 9 | 9 | 9 September 2021", "2021 | 9 | 0 | September 2021", "2021 | 0 | 0 | 2021"})
    void formatsToItsPrecision(int y, int m, int d, String shown) {
        assertThat(DateAnswer.format(new GivenDate(y, m, d))).isEqualTo(shown);
    }
}
