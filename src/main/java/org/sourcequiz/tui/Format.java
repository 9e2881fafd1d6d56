package org.sourcequiz.tui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.sourcequiz.engine.Verdict;
import org.sourcequiz.engine.Citation;
import org.sourcequiz.model.Source;

/** Small pieces of text the screens share: verdicts, points, times, citations. */
final class Format {
    private Format() {}

    /** Symbol and word, so a verdict reads the same without colour. */
    static String verdict(Verdict v) {
        return switch (v) {
            case RIGHT -> "✓ Right";
            case WRONG -> "✗ Wrong";
            case PARTIAL -> "~ Partial";
            case SKIPPED -> "– Skipped";
        };
    }

    static Style style(Verdict v) {
        return switch (v) {
            case RIGHT -> Style.RIGHT;
            case WRONG -> Style.WRONG;
            case PARTIAL -> Style.PARTIAL;
            case SKIPPED -> Style.BOLD;
        };
    }

    /** "2 of 3 points", "1 of 1 point". */
    static String points(double got, double max) {
        return number(got) + " of " + number(max) + (max == 1 ? " point" : " points");
    }

    /** 1, 0.5, 0.67: points without needless decimals. */
    static String number(double p) {
        BigDecimal b = BigDecimal.valueOf(p).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (b.scale() < 0 ? b.setScale(0) : b).toPlainString();
    }

    static String percent(double p) {
        return Math.round(p) + "%";
    }

    /** 2:05, or 1:02:05 past an hour. */
    static String time(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    /** Time left, rounded up: 0:01 is shown until the last second has gone. */
    static String timeLeft(Duration d) {
        return time(d.getNano() == 0 ? d : Duration.ofSeconds(d.getSeconds() + 1));
    }

    /** Authors or "author not named", title, date or "estimated <date>", outlet where known. */
    static String citation(Source s) {
        return Citation.of(s);
    }
}
