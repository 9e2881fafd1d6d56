package org.sourcequiz.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves only when a test says so. */
final class FakeClock extends Clock {
    private Instant now = Instant.parse("2024-05-01T10:00:00Z");

    void advance(Duration d) {
        now = now.plus(d);
    }

    void advanceSeconds(long s) {
        advance(Duration.ofSeconds(s));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
