package org.sourcequiz.engine;

/** Counts and points for one group of answers (a set, tag, source or kind). */
public record Tally(int questions, int right, int partial, int wrong, int skipped, double points, double maxPoints) {
    public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, 0, 0);

    public Tally plus(QuestionRecord r) {
        return new Tally(questions + 1,
                right + (r.verdict() == Verdict.RIGHT ? 1 : 0),
                partial + (r.verdict() == Verdict.PARTIAL ? 1 : 0),
                wrong + (r.verdict() == Verdict.WRONG ? 1 : 0),
                skipped + (r.verdict() == Verdict.SKIPPED ? 1 : 0),
                points + r.points(), maxPoints + r.maxPoints());
    }

    /** 0..100; 0 when there is nothing to score. */
    public double percentage() {
        return maxPoints == 0 ? 0 : Math.max(0, points) * 100 / maxPoints;
    }
}
