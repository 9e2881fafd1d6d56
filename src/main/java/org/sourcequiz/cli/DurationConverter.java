package org.sourcequiz.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code 10m}, {@code 90s}, {@code 1h30m}, {@code 1m30s}; a bare number is minutes. */
final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern PARTS = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m(?:in)?)?(?:(\\d+)s)?");

    @Override
    public Duration convert(String value) {
        String s = value.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        Duration d;
        if (s.matches("\\d+")) {
            d = Duration.ofMinutes(Long.parseLong(s));
        } else {
            Matcher m = PARTS.matcher(s);
            if (s.isEmpty() || !m.matches()) {
                throw new TypeConversionException("`" + value + "` is not a duration; write e.g. 10m, 90s or 1h30m");
            }
            d = Duration.ofHours(part(m, 1)).plusMinutes(part(m, 2)).plusSeconds(part(m, 3));
        }
        if (d.isZero()) {
            throw new TypeConversionException("the time limit must be more than zero");
        }
        return d;
    }

    private static long part(Matcher m, int group) {
        return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
    }
}
