package org.sourcequiz.authoring;

import java.util.Arrays;
import java.util.Optional;

/** Mean, median, sample variance and covariance of plain arrays: the arithmetic under item analysis. */
final class Moments {
    private Moments() {}

    static double mean(double[] x, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += x[i];
        }
        return n == 0 ? 0 : s / n;
    }

    static double median(double[] x, int n) {
        if (n == 0) {
            return 0;
        }
        double[] sorted = Arrays.copyOf(x, n);
        Arrays.sort(sorted);
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The sample covariance (n − 1 in the denominator, as Moodle's statistics use); empty below two values. */
    static Optional<Double> covariance(double[] x, double[] y, int n) {
        if (n < 2) {
            return Optional.empty();
        }
        double mx = mean(x, n);
        double my = mean(y, n);
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += (x[i] - mx) * (y[i] - my);
        }
        return Optional.of(s / (n - 1));
    }

    static Optional<Double> variance(double[] x, int n) {
        return covariance(x, x, n);
    }

    /** Pearson's correlation; empty when either side does not vary. */
    static Optional<Double> correlation(double[] x, double[] y, int n) {
        Optional<Double> c = covariance(x, y, n);
        if (c.isEmpty()) {
            return c;
        }
        double vx = variance(x, n).orElseThrow();
        double vy = variance(y, n).orElseThrow();
        return vx * vy <= 0 ? Optional.empty() : Optional.of(clamp(c.get() / Math.sqrt(vx * vy)));
    }

    /**
     * The covariance over the largest covariance the two distributions allow, which pairs the
     * sorted values of each (Moodle's discriminative efficiency); empty when that is not positive.
     */
    static Optional<Double> efficiency(double[] x, double[] y, int n) {
        Optional<Double> c = covariance(x, y, n);
        if (c.isEmpty()) {
            return c;
        }
        double[] sx = Arrays.copyOf(x, n);
        double[] sy = Arrays.copyOf(y, n);
        Arrays.sort(sx);
        Arrays.sort(sy);
        double max = covariance(sx, sy, n).orElseThrow();
        return max <= 0 ? Optional.empty() : Optional.of(clamp(c.get() / max));
    }

    /** Rounding can push a ratio that is at most 1 by construction a hair past it. */
    private static double clamp(double r) {
        return Math.max(-1, Math.min(1, r));
    }
}
