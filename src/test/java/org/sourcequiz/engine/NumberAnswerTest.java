package org.sourcequiz.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberAnswerTest {

    @ParameterizedTest(name = "`{0}` reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "65,089 | 65089",
            "65 089 | 65089",
            "65089 | 65089",
            "65\u00A0089 | 65089",
            "1.2k | 1200",
            "1.2K | 1200",
            "1,2 million | 1200000",
            "1.5 million | 1500000",
            "2 bn | 2000000000",
            "41.3% | 41.3",
            "41,3 % | 41.3",
            "about 200 000 | 200000",
            "approximately 200,000 | 200000",
            "~200000 | 200000",
            "more than 700 | 700",
            "41.3 percent | 41.3",
            "$1 billion | 1000000000",
            "1,234,567 | 1234567",
            "1,234.5 | 1234.5",
            "1.234,5 | 1234.5",
            "0.5 | 0.5",
            "-3 | -3",
            "  33  | 33",
    })
    void accepts(String typed, String value) {
        Parsed<BigDecimal> p = NumberAnswer.parse(typed);
        assertThat(p.problem()).isEmpty();
        assertThat(p.value()).isEqualByComparingTo(value);
    }

    @ParameterizedTest(name = "`{0}` reads as {2} when the unit is {1}")
    @CsvSource(delimiter = '|', value = {
            "12,800 personnel | personnel | 12800",
            "200,000 military personnel | military personnel | 200000",
            "200k soldiers | soldiers | 200000",
            "200k soldier | soldiers | 200000",
            "1 billion dollars | US dollars | 1000000000",
            "1 billion US dollars | US dollars | 1000000000",
    })
    void acceptsWordsOfTheUnit(String typed, String unit, String value) {
        Parsed<BigDecimal> p = NumberAnswer.parse(typed, unit);
        assertThat(p.problem()).isEmpty();
        assertThat(p.value()).isEqualByComparingTo(value);
    }

    @ParameterizedTest(name = "`{0}` is refused when the unit is {1}")
    @CsvSource(delimiter = '|', value = {"9 September | US dollars", "12 tanks | personnel", "12,800 personnel | ''"})
    void refusesWordsThatAreNotTheUnit(String typed, String unit) {
        assertThat(NumberAnswer.parse(typed, unit).isOk()).isFalse();
    }

    @ParameterizedTest(name = "`{0}` is refused")
    @ValueSource(strings = {"", "   ", "abc", "twelve", "12abc", "1,2,3", "65,08,9", "12 34", "1.2.3k",
            "12,800 (2,500 troops)", "1..2", "about", "12 million 5"})
    void rejectsWithAReason(String typed) {
        Parsed<BigDecimal> p = NumberAnswer.parse(typed);
        assertThat(p.isOk()).isFalse();
        assertThat(p.problem()).isNotBlank().doesNotContain("\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12800 | 12,800", "41.3 | 41.3", "200000 | 200,000", "1.50 | 1.5", "7 | 7"})
    void formatsForDisplay(String value, String shown) {
        assertThat(NumberAnswer.format(new BigDecimal(value))).isEqualTo(shown);
    }
}
