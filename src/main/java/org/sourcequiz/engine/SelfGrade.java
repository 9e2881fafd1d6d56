package org.sourcequiz.engine;

import java.util.Locale;

/**
 * How a student rates their own answer to an open question against the model answer: the rating
 * is the grade, as nothing can mark an essay automatically.
 */
public enum SelfGrade {
    RIGHT(1), PARTLY(0.5), WRONG(0);

    private final double share;

    SelfGrade(double share) {
        this.share = share;
    }

    /** The share of the points it earns. */
    public double share() {
        return share;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
