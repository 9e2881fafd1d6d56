package org.sourcequiz.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The smallest inputs behind each bug {@link AnswerFuzzTest} found, so none comes back. */
class FuzzFindingsTest {
    private static final Duration HANG = Duration.ofSeconds(1);

    @Test
    void aReasonQuotesTypedTextOnOneLine() {
        assertThat(DateAnswer.parse("9 Sept\n2021 x", 2021).problem())
                .isEqualTo("`9 Sept 2021 x` is not a date such as 9 September 2021, 2021-09-09 or September 2021");
        assertThat(NumberAnswer.parse("12\nfoo").problem()).startsWith("`12 foo` is not a number");
    }

    @Test
    void aReasonQuotesOnlyTheStartOfALongAnswer() {
        String problem = NumberAnswer.parse("x".repeat(10_000)).problem();
        assertThat(problem).isEqualTo("`" + "x".repeat(39) + "…` is not a number such as 12,800, 1.2k or 41.3%");
    }

    @Test
    void aReasonNeverEchoesControlCharacters() {
        assertThat(DateAnswer.parse("\u001b[2J9 May", 2021).problem()).startsWith("`\ufffd[2J9 May`").doesNotContain("\u001b");
    }

    @Test
    void aLineOfHedgesIsReadInLinearTime() {
        Parsed<?> p = assertTimeoutPreemptively(HANG, () -> NumberAnswer.parse("~".repeat(200_000) + "5"));
        assertThat(p.value()).hasToString("5");
    }

    @Test
    void aFigureWithAMillionDigitsIsRefusedBeforeBigDecimalReadsIt() {
        Parsed<?> p = assertTimeoutPreemptively(HANG, () -> NumberAnswer.parse("9".repeat(1_000_000)));
        assertThat(p.problem()).endsWith("has more digits than a figure needs");
        assertThat(NumberAnswer.parse("9".repeat(40)).isOk()).isTrue();
    }
}
