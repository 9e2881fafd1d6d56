package org.sourcequiz.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void hoursMinutesAndSecondsAsPeopleWriteThem() {
        assertThat(Durations.parse("1m30s")).hasSeconds(90);
        assertThat(Durations.parse("2 min")).hasMinutes(2);
        assertThat(Durations.parse(" 1H ")).hasHours(1);
    }

    @Test
    void whatIsNotADurationOrIsZeroSaysWhatToWrite() {
        assertThatThrownBy(() -> Durations.parse("soon")).hasMessage("`soon` is not a duration; write e.g. 10m, 90s or 1h30m");
        assertThatThrownBy(() -> Durations.parse("0m")).hasMessage("the time limit must be more than zero");
        assertThatThrownBy(() -> Durations.parse("")).hasMessageContaining("is not a duration");
    }
}
