package org.sourcequiz.interop;

import java.math.BigDecimal;

/**
 * One answer of a Moodle question: its text, the fraction of the mark it earns (Moodle's grade,
 * -1 to 1) and the feedback shown when it is chosen. For numerical questions {@code text} is the
 * number (or {@code *}, any other answer) and {@code tolerance} the accepted error; null otherwise.
 */
public record MoodleAnswer(Formatted text, double fraction, Formatted feedback, BigDecimal tolerance) {
    public MoodleAnswer(Formatted text, double fraction, Formatted feedback) {
        this(text, fraction, feedback, null);
    }
}
