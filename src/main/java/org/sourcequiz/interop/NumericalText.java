package org.sourcequiz.interop;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A GIFT numerical answer: {@code 3}, {@code 3:0.5} (value and tolerance) or {@code 1..5} (a range). */
final class NumericalText {
    private NumericalText() {}

    /** The answer with its number as text and its tolerance; null when it is not numeric. */
    static MoodleAnswer parse(MoodleAnswer a) {
        String s = a.text().text();
        BigDecimal value;
        BigDecimal tolerance;
        int range = s.indexOf("..");
        int colon = s.indexOf(':');
        if (range > 0) {
            BigDecimal min = number(s.substring(0, range));
            BigDecimal max = number(s.substring(range + 2));
            if (min == null || max == null) {
                return null;
            }
            value = min.add(max).divide(BigDecimal.valueOf(2), 12, RoundingMode.HALF_EVEN).stripTrailingZeros();
            tolerance = max.subtract(value);
        } else if (colon > 0) {
            value = number(s.substring(0, colon));
            tolerance = number(s.substring(colon + 1));
            if (value == null || tolerance == null) {
                return null;
            }
        } else {
            value = number(s);
            tolerance = BigDecimal.ZERO;
            if (value == null) {
                return null;
            }
        }
        return new MoodleAnswer(new Formatted(value.toPlainString(), TextFormat.PLAIN), a.fraction(), a.feedback(), tolerance.abs());
    }

    /** PHP's is_numeric, near enough: optional sign, digits with one point, optional exponent. */
    static BigDecimal number(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 60) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return null;
            }
        }
        try {
            BigDecimal d = new BigDecimal(t);
            // An exponent like 1e999999 is a number to PHP (INF) but nothing a quiz can ask.
            return d.scale() < -30 || d.scale() > 30 ? null : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
