package org.sourcequiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Study days follow the system's zone even though the clock looks it up late. */
class SystemClockTest {
    @Test
    void isTheSystemClockInTheSystemZone() {
        SystemClock clock = SystemClock.INSTANCE;
        assertThat(clock.getZone()).isEqualTo(ZoneId.systemDefault());
        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(1));
        assertThat(Math.abs(clock.millis() - System.currentTimeMillis())).isLessThan(1000);
        assertThat(clock.withZone(ZoneOffset.ofHours(3)).getZone()).isEqualTo(ZoneOffset.ofHours(3));
    }
}
