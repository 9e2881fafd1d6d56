package org.sourcequiz.study;

import java.util.Arrays;

/**
 * The 21 model weights of FSRS-6, the recall probability to schedule for, and the longest
 * interval.
 */
public final class FsrsParameters {
    /**
     * FSRS-6's published default weights, as shipped by the reference implementations of the
     * open-spaced-repetition project (fsrs-rs {@code DEFAULT_PARAMETERS}, py-fsrs 6
     * {@code DEFAULT_PARAMETERS}, ts-fsrs 5 {@code default_w}); w20 is the forgetting curve's decay.
     */
    private static final double[] FSRS6_DEFAULT_WEIGHTS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    };

    public static final FsrsParameters DEFAULT = new FsrsParameters(FSRS6_DEFAULT_WEIGHTS, 0.9, 36500);

    private final double[] w;
    private final double desiredRetention;
    private final int maximumInterval;

    public FsrsParameters(double[] weights, double desiredRetention, int maximumInterval) {
        if (weights.length != 21) {
            throw new IllegalArgumentException("FSRS-6 takes 21 weights, got " + weights.length);
        }
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must be between 0 and 1: " + desiredRetention);
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("maximum interval must be at least one day");
        }
        this.w = weights.clone();
        this.desiredRetention = desiredRetention;
        this.maximumInterval = maximumInterval;
    }

    public double w(int i) {
        return w[i];
    }

    public double desiredRetention() {
        return desiredRetention;
    }

    public int maximumInterval() {
        return maximumInterval;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FsrsParameters p && Arrays.equals(w, p.w)
                && desiredRetention == p.desiredRetention && maximumInterval == p.maximumInterval;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(w) * 31 + Double.hashCode(desiredRetention) * 17 + maximumInterval;
    }
}
