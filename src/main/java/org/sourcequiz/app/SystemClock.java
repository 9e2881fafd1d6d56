package org.sourcequiz.app;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the system's time zone, with the zone looked up when a date first needs it.
 * {@link Clock#systemDefaultZone()} reads the zone rules at once, a service lookup and the
 * time-zone database, tens of milliseconds of a cold start that Home never needs.
 */
public final class SystemClock extends Clock {
    public static final SystemClock INSTANCE = new SystemClock();

    private SystemClock() {}

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
