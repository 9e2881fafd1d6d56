package org.sourcequiz.study;

import java.util.Locale;

/**
 * How a session ended. COMPLETED: every question was asked. QUIT: the learner stopped it on
 * purpose. ABANDONED: it was killed and the learner chose not to resume it. Only sessions with no
 * outcome yet are offered for resuming.
 */
public enum SessionOutcome {
    COMPLETED, QUIT, ABANDONED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SessionOutcome ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
