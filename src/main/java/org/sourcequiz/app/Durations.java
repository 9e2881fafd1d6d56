package org.sourcequiz.app;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the time limits people write: {@code 10m}, {@code 90s}, {@code 1h30m}, {@code 1m30s}; a bare number is minutes. */
public final class Durations {
    private static final Pattern PARTS = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m(?:in)?)?(?:(\\d+)s)?");

    private Durations() {}

    /** @throws IllegalArgumentException with a message that says what to write, for what is not a duration or is zero */
    public static Duration parse(String value) {
        String s = value.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        Duration d;
        if (s.matches("\\d+")) {
            d = Duration.ofMinutes(Long.parseLong(s));
        } else {
            Matcher m = PARTS.matcher(s);
            if (s.isEmpty() || !m.matches()) {
                throw new IllegalArgumentException("`" + value + "` is not a duration; write e.g. 10m, 90s or 1h30m");
            }
            d = Duration.ofHours(part(m, 1)).plusMinutes(part(m, 2)).plusSeconds(part(m, 3));
        }
        if (d.isZero()) {
            throw new IllegalArgumentException("the time limit must be more than zero");
        }
        return d;
    }

    private static long part(Matcher m, int group) {
        return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
    }
}
