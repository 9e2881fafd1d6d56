package org.sourcequiz.study;

import org.sourcequiz.engine.Verdict;

/** Counts of answers by verdict. */
public record Tally(long right, long partial, long wrong, long skipped) {
    public static final Tally ZERO = new Tally(0, 0, 0, 0);

    public static Tally of(Verdict v) {
        return ZERO.plus(v);
    }

    public long answered() {
        return right + partial + wrong + skipped;
    }

    public Tally plus(Verdict v) {
        return switch (v) {
            case RIGHT -> new Tally(right + 1, partial, wrong, skipped);
            case PARTIAL -> new Tally(right, partial + 1, wrong, skipped);
            case WRONG -> new Tally(right, partial, wrong + 1, skipped);
            case SKIPPED -> new Tally(right, partial, wrong, skipped + 1);
        };
    }

    public Tally plus(Tally t) {
        return new Tally(right + t.right, partial + t.partial, wrong + t.wrong, skipped + t.skipped);
    }

    /** Share of answers that were right, a partial answer counting half; null when there are none. */
    public Double accuracy() {
        long n = answered();
        return n == 0 ? null : (right + 0.5 * partial) / n;
    }
}
