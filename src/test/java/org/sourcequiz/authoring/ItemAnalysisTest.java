package org.sourcequiz.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.sourcequiz.model.Kind;

class ItemAnalysisTest {
    private static final Offset<Double> CLOSE = within(1e-9);

    private static ResultsAnswer scored(String id, double points) {
        return new ResultsAnswer(id, Optional.of(Kind.NUMBER), points, 1, false, List.of(), "1");
    }

    private static ResultsAnswer picked(String id, String option) {
        boolean skipped = option == null;
        return new ResultsAnswer(id, Optional.of(Kind.CHOICE), "Minsk".equals(option) ? 1 : 0, 1, skipped,
                skipped ? List.of() : List.of(option), "Minsk");
    }

    private static ResultsAttempt attempt(String student, String session, String finished, ResultsAnswer... answers) {
        return new ResultsAttempt(student, session, session + ".json",
                Optional.ofNullable(finished).map(Instant::parse), List.of(answers));
    }

    /**
     * Five students, three one-point questions, worked by hand:
     * <pre>
     *        q1 q2 q3  total
     *   A     1  1  1    3
     *   B     1  1  0    2
     *   C     1  0  1    2
     *   D     0  1  0    1
     *   E     0  0  0    0   (skips q1)
     * </pre>
     * q1 against the rest (2,1,1,1,0): deviations (.4,.4,.4,-.6,-.6)·(1,0,0,0,-1) sum to 1, so the
     * covariance is 1/4; var q1 = 1.2/4 = .3, var rest = 2/4 = .5; r = .25/√.15. Sorted, the same
     * products sum to 1 again: efficiency 1. q2 against (2,1,2,0,0): the products cancel, r = 0.
     * q3 against (2,2,1,1,0): covariance .6/4 = .15, var rest 2.8/4 = .7, r = .15/√.21.
     * Alpha: item variances .3 each, totals (3,2,2,1,0) vary by 5.2/4 = 1.3: 3/2·(1 − .9/1.3) = .6/1.3.
     */
    private static final List<ResultsAttempt> CLASS = List.of(
            attempt("a", "s1", null, picked("q1", "Minsk"), scored("q2", 1), scored("q3", 1)),
            attempt("b", "s2", null, picked("q1", "Minsk"), scored("q2", 1), scored("q3", 0)),
            attempt("c", "s3", null, picked("q1", "Minsk"), scored("q2", 0), scored("q3", 1)),
            attempt("d", "s4", null, picked("q1", "Brest"), scored("q2", 1), scored("q3", 0)),
            attempt("e", "s5", null, picked("q1", null), scored("q2", 0), scored("q3", 0)));

    @Test
    void perQuestionFiguresMatchTheHandComputedExample() {
        ItemAnalysisReport r = ItemAnalysis.analyze(CLASS);
        ItemFigures q1 = r.questions().get(0);
        assertThat(q1.id()).isEqualTo("q1");
        assertThat(q1.n()).isEqualTo(5);
        assertThat(q1.facility()).isCloseTo(0.6, CLOSE);
        assertThat(q1.sd().orElseThrow()).isCloseTo(Math.sqrt(0.3), CLOSE);
        assertThat(q1.discrimination().orElseThrow()).isCloseTo(0.25 / Math.sqrt(0.15), CLOSE);
        assertThat(q1.efficiency().orElseThrow()).isCloseTo(1.0, CLOSE);
        assertThat(q1.flags()).isEmpty();
        assertThat(q1.options()).containsExactly(java.util.Map.entry("Minsk", 3), java.util.Map.entry("Brest", 1));
        assertThat(q1.skipped()).isEqualTo(1);
        assertThat(q1.key()).isEqualTo("Minsk");

        ItemFigures q2 = r.questions().get(1);
        assertThat(q2.discrimination().orElseThrow()).isCloseTo(0.0, CLOSE);
        assertThat(q2.flags()).containsExactly(ItemFlag.LOW_DISCRIMINATION);
        assertThat(q2.options()).as("a typed answer has no options to count").isEmpty();

        ItemFigures q3 = r.questions().get(2);
        assertThat(q3.facility()).isCloseTo(0.4, CLOSE);
        assertThat(q3.discrimination().orElseThrow()).isCloseTo(0.15 / Math.sqrt(0.21), CLOSE);
        assertThat(q3.flags()).isEmpty();
    }

    @Test
    void testFiguresMatchTheHandComputedExample() {
        TestFigures t = ItemAnalysis.analyze(CLASS).test();
        assertThat(t.students()).isEqualTo(5);
        assertThat(t.leftOut()).isZero();
        // Percentages 100, 66.7, 66.7, 33.3, 0.
        assertThat(t.meanPercent()).isCloseTo(160.0 / 3, CLOSE);
        assertThat(t.medianPercent()).isCloseTo(200.0 / 3, CLOSE);
        assertThat(t.sdPercent().orElseThrow()).isCloseTo(Math.sqrt(1.3) * 100 / 3, CLOSE);
        assertThat(t.alpha().orElseThrow()).isCloseTo(0.6 / 1.3, CLOSE);
        assertThat(t.alphaQuestions()).isEqualTo(3);
        assertThat(t.distribution()).containsExactly(1, 0, 0, 1, 0, 0, 2, 0, 0, 1);
    }

    @Test
    void aQuestionTheStrongMissAndTheWeakGetIsFlaggedAsAPossiblyWrongKey() {
        List<ResultsAttempt> c = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            boolean strong = i < 3;
            c.add(attempt("", "s" + i, null, scored("a", strong ? 1 : 0), scored("b", strong ? 1 : 0),
                    scored("c", strong ? 1 : 0), scored("wrong-key", strong ? 0 : 1)));
        }
        ItemFigures wrongKey = ItemAnalysis.analyze(c).questions().get(3);
        assertThat(wrongKey.discrimination().orElseThrow()).isCloseTo(-1.0, CLOSE);
        assertThat(wrongKey.flags()).containsExactly(ItemFlag.NEGATIVE_DISCRIMINATION);
    }

    @Test
    void hardAndEasyQuestionsAreFlaggedAndAConstantScoreHasNoCorrelation() {
        List<ResultsAttempt> c = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            c.add(attempt("", "s" + i, null, scored("all-right", 1), scored("one-right", i == 0 ? 1 : 0),
                    scored("half", i % 2)));
        }
        ItemAnalysisReport r = ItemAnalysis.analyze(c);
        assertThat(r.questions().get(0).flags()).containsExactly(ItemFlag.TOO_EASY);
        assertThat(r.questions().get(0).discrimination()).isEmpty();
        assertThat(r.questions().get(1).facility()).isCloseTo(0.1, CLOSE);
        assertThat(r.questions().get(1).flags()).startsWith(ItemFlag.TOO_HARD);
    }

    @Test
    void aStudentCountsOnceWithTheFirstFinishedAttemptAndACopiedFileOnce() {
        List<ResultsAttempt> c = List.of(
                attempt("ann", "late", "2026-01-02T10:00:00Z", scored("q", 1)),
                attempt("ann", "early", "2026-01-01T10:00:00Z", scored("q", 0)),
                attempt("default", "x", null, scored("q", 1)),
                attempt("default", "y", null, scored("q", 1)),
                attempt("bob", "b", null, scored("q", 1)),
                attempt("bob", "b", null, scored("q", 1)));
        ItemAnalysisReport r = ItemAnalysis.analyze(c);
        assertThat(r.test().students()).as("ann once, two default profiles, bob once").isEqualTo(4);
        assertThat(r.test().leftOut()).isEqualTo(2);
        assertThat(r.questions().get(0).facility()).as("ann's first attempt scored 0").isCloseTo(0.75, CLOSE);
    }

    @Test
    void alphaLeavesOutQuestionsNotEveryoneWasGiven() {
        List<ResultsAttempt> c = new ArrayList<>(CLASS);
        c.set(0, attempt("a", "s1", null, picked("q1", "Minsk"), scored("q2", 1), scored("q3", 1), scored("extra", 1)));
        ItemAnalysisReport r = ItemAnalysis.analyze(c);
        assertThat(r.test().alphaQuestions()).isEqualTo(3);
        assertThat(r.test().questions()).isEqualTo(4);
        assertThat(r.test().alpha().orElseThrow()).isCloseTo(0.6 / 1.3, CLOSE);
        assertThat(r.questions().get(3).n()).isEqualTo(1);
        assertThat(r.questions().get(3).sd()).isEmpty();
    }

    /** Against the textbook computational formulas, on a class of random scores with partial credit. */
    @Test
    void discriminationAndAlphaAgreeWithIndependentFormulas() {
        Random rnd = new Random(7);
        int n = 40;
        int k = 6;
        double[][] s = new double[n][k];
        List<ResultsAttempt> c = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double ability = rnd.nextDouble();
            ResultsAnswer[] answers = new ResultsAnswer[k];
            for (int j = 0; j < k; j++) {
                s[i][j] = Math.min(2, Math.round((ability + rnd.nextDouble()) * 2) / 2.0);
                answers[j] = new ResultsAnswer("q" + j, Optional.empty(), s[i][j], 2, false, List.of(), "");
            }
            c.add(attempt("", "s" + i, null, answers));
        }
        ItemAnalysisReport r = ItemAnalysis.analyze(c);
        double[] totals = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                totals[i] += s[i][j];
            }
        }
        double itemVar = 0;
        for (int j = 0; j < k; j++) {
            double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
            for (int i = 0; i < n; i++) {
                double x = s[i][j];
                double y = totals[i] - x;
                sx += x;
                sy += y;
                sxx += x * x;
                syy += y * y;
                sxy += x * y;
            }
            double pearson = (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
            assertThat(r.questions().get(j).discrimination().orElseThrow()).isCloseTo(pearson, within(1e-9));
            assertThat(r.questions().get(j).facility()).isCloseTo(sx / n / 2, within(1e-9));
            itemVar += (sxx - sx * sx / n) / n;
        }
        double st = 0, stt = 0;
        for (double t : totals) {
            st += t;
            stt += t * t;
        }
        double totalVar = (stt - st * st / n) / n;
        double alpha = k / (k - 1.0) * (1 - itemVar / totalVar);
        assertThat(r.test().alpha().orElseThrow()).isCloseTo(alpha, within(1e-9));
        assertThat(alpha).as("scores that share an ability are consistent").isGreaterThan(0.5);
    }

    @Test
    void noAttemptsGiveEmptyFigures() {
        ItemAnalysisReport r = ItemAnalysis.analyze(List.of());
        assertThat(r.test().students()).isZero();
        assertThat(r.test().alpha()).isEmpty();
        assertThat(r.test().sdPercent()).isEmpty();
        assertThat(r.questions()).isEmpty();
    }
}
