package org.sourcequiz.study;

import org.sourcequiz.engine.Rating;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The FSRS-6 scheduler as pure functions: the same card, rating and time give the same result.
 *
 * <p>Formulas from the algorithm's description by the open-spaced-repetition project (the
 * "FSRS-6" section of its wiki "The Algorithm"): forgetting curve R(t,S) = (1 + F·t/S)^(−w20) with
 * F = 0.9^(−1/w20) − 1; initial stability w[G−1]; initial difficulty w4 − e^(w5·(G−1)) + 1;
 * difficulty update with linear damping and mean reversion towards D0(Easy) by w7; stability after
 * recall, after a lapse, and within the same day (short-term, w17–w19).
 *
 * <p>Two choices differ from a flashcard app's defaults, because a quiz asks each question once per
 * session: there are no minute-scale learning steps (a new or forgotten question comes back the
 * next day at the earliest, as with learning steps switched off), and intervals are not fuzzed, so
 * schedules are reproducible. Elapsed time is counted in study days (see {@link StudyDays}).
 */
public final class Fsrs {
    private static final double MIN_STABILITY = 0.001;
    private static final double MIN_DIFFICULTY = 1.0;
    private static final double MAX_DIFFICULTY = 10.0;

    private final FsrsParameters p;
    private final StudyDays days;
    private final double decay;
    private final double factor;

    public Fsrs(FsrsParameters parameters, StudyDays days) {
        this.p = parameters;
        this.days = days;
        this.decay = -parameters.w(20);
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    public StudyDays days() {
        return days;
    }

    /** The card after being rated {@code rating} at {@code now}. */
    public Card schedule(Card card, Rating rating, Instant now) {
        int g = rating.grade();
        LocalDate today = days.dayOf(now);
        double stability;
        double difficulty;
        int lapses = card.lapses();
        if (card.isNew()) {
            stability = initialStability(g);
            difficulty = clampDifficulty(initialDifficulty(g));
        } else {
            long elapsed = days.daysBetween(card.lastReview(), now);
            if (elapsed < 1) {
                stability = shortTermStability(card.stability(), g);
            } else {
                double r = retrievability(elapsed, card.stability());
                stability = g == 1
                        ? forgetStability(card.difficulty(), card.stability(), r)
                        : recallStability(card.difficulty(), card.stability(), r, g);
            }
            difficulty = nextDifficulty(card.difficulty(), g);
            if (g == 1) {
                lapses++;
            }
        }
        stability = Math.max(stability, MIN_STABILITY);
        return new Card(CardState.REVIEW, stability, difficulty, now, today.plusDays(interval(stability)),
                card.reps() + 1, lapses);
    }

    /** Days until recall probability falls to the desired retention: whole days, at least one. */
    public int interval(double stability) {
        double days = stability / factor * (Math.pow(p.desiredRetention(), 1 / decay) - 1);
        return (int) Math.min(Math.max(Math.round(days), 1), p.maximumInterval());
    }

    /** Probability of recalling the card at {@code now}; 0 for a NEW card. */
    public double retrievability(Card card, Instant now) {
        if (card.isNew()) {
            return 0;
        }
        return retrievability(days.daysBetween(card.lastReview(), now), card.stability());
    }

    double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + factor * elapsedDays / stability, decay);
    }

    private double initialStability(int g) {
        return Math.max(p.w(g - 1), MIN_STABILITY);
    }

    private double initialDifficulty(int g) {
        return p.w(4) - Math.exp(p.w(5) * (g - 1)) + 1;
    }

    private double nextDifficulty(double d, int g) {
        double delta = -p.w(6) * (g - 3);
        double damped = d + delta * (10 - d) / 9;
        // Mean reversion targets the unclamped D0(Easy), as the reference implementations do.
        double reverted = p.w(7) * initialDifficulty(4) + (1 - p.w(7)) * damped;
        return clampDifficulty(reverted);
    }

    private double recallStability(double d, double s, double r, int g) {
        double hardPenalty = g == 2 ? p.w(15) : 1;
        double easyBonus = g == 4 ? p.w(16) : 1;
        return s * (1 + Math.exp(p.w(8)) * (11 - d) * Math.pow(s, -p.w(9))
                * (Math.exp((1 - r) * p.w(10)) - 1) * hardPenalty * easyBonus);
    }

    private double forgetStability(double d, double s, double r) {
        double longTerm = p.w(11) * Math.pow(d, -p.w(12)) * (Math.pow(s + 1, p.w(13)) - 1)
                * Math.exp((1 - r) * p.w(14));
        double shortTermCap = s / Math.exp(p.w(17) * p.w(18));
        return Math.min(longTerm, shortTermCap);
    }

    private double shortTermStability(double s, int g) {
        double increase = Math.exp(p.w(17) * (g - 3 + p.w(18))) * Math.pow(s, -p.w(19));
        if (g >= 3) {
            increase = Math.max(increase, 1.0);
        }
        return s * increase;
    }

    private static double clampDifficulty(double d) {
        return Math.min(Math.max(d, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }
}
