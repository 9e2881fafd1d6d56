package org.sourcequiz.authoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sourcequiz.model.Kind;

/**
 * Classical item analysis of a class's attempts, after Moodle's quiz statistics
 * (question/classes/statistics/questions/calculator.php and mod/quiz/report/statistics):
 * <ul>
 * <li>facility: the mean score over the question's points;</li>
 * <li>discrimination index: the correlation between the question's score and the score on the
 *     rest of the test (the attempt's total less this question), over the attempts that include it;</li>
 * <li>discriminative efficiency: that covariance over the largest the two distributions allow;</li>
 * <li>Cronbach's alpha, Moodle's coefficient of internal consistency: k/(k−1)·(1 − Σ item variances /
 *     total variance), with sample variances. Alpha needs every attempt to have every item, so it is
 *     taken over the questions every attempt includes; questions only some attempts include (a quiz
 *     drawn with -n, a time-out) still get their own figures but stay out of alpha.</li>
 * </ul>
 * One attempt counts per student: of several with the same profile name, the first finished (Moodle's
 * default, first attempts); copies of one session count once.
 */
public final class ItemAnalysis {
    private ItemAnalysis() {}

    public static ItemAnalysisReport analyze(List<ResultsAttempt> attempts) {
        List<ResultsAttempt> kept = onePerStudent(attempts);
        int students = kept.size();
        double[] total = new double[students];
        double[] max = new double[students];
        Map<String, Item> items = new LinkedHashMap<>();
        for (int a = 0; a < students; a++) {
            Set<String> seen = new HashSet<>();
            for (ResultsAnswer r : kept.get(a).answers()) {
                // A question asked twice in one attempt counts with its first answer, as Moodle counts one slot once.
                if (!seen.add(r.questionId())) {
                    continue;
                }
                total[a] += r.points();
                max[a] += r.maxPoints();
                items.computeIfAbsent(r.questionId(), id -> new Item(id, r)).add(a, r);
            }
        }
        List<ItemFigures> figures = new ArrayList<>();
        for (Item item : items.values()) {
            figures.add(item.figures(total));
        }
        return new ItemAnalysisReport(test(kept.size(), attempts.size() - students, total, max, items.values()), figures);
    }

    private static TestFigures test(int students, int leftOut, double[] total, double[] max, Iterable<Item> items) {
        double[] percent = new double[students];
        Integer[] bins = new Integer[10];
        Arrays.fill(bins, 0);
        for (int a = 0; a < students; a++) {
            percent[a] = max[a] > 0 ? 100 * total[a] / max[a] : 0;
            bins[Math.max(0, Math.min(9, (int) Math.floor(percent[a] / 10)))]++;
        }
        double[] coreTotal = new double[students];
        double itemVariances = 0;
        int core = 0;
        int questions = 0;
        for (Item item : items) {
            questions++;
            if (item.n == students) {
                core++;
                for (int i = 0; i < item.n; i++) {
                    coreTotal[item.attempt[i]] += item.points[i];
                }
                itemVariances += Moments.variance(item.points, item.n).orElse(0.0);
            }
        }
        Optional<Double> alpha = Optional.empty();
        Optional<Double> totalVariance = Moments.variance(coreTotal, students);
        if (core >= 2 && totalVariance.isPresent() && totalVariance.get() > 0) {
            alpha = Optional.of(core / (core - 1.0) * (1 - itemVariances / totalVariance.get()));
        }
        return new TestFigures(students, leftOut, Moments.mean(percent, students), Moments.median(percent, students),
                Moments.variance(percent, students).map(Math::sqrt), alpha, core, questions, List.of(bins));
    }

    /** The attempts that count: the first finished of each named student, each session once, in input order. */
    static List<ResultsAttempt> onePerStudent(List<ResultsAttempt> attempts) {
        List<ResultsAttempt> kept = new ArrayList<>();
        Map<String, Integer> byStudent = new HashMap<>();
        Set<String> sessions = new HashSet<>();
        for (ResultsAttempt t : attempts) {
            if (!t.session().isEmpty() && !sessions.add(t.session())) {
                continue;
            }
            if (!t.namesStudent()) {
                kept.add(t);
                continue;
            }
            Integer at = byStudent.get(t.student());
            if (at == null) {
                byStudent.put(t.student(), kept.size());
                kept.add(t);
            } else if (earlier(t, kept.get(at))) {
                kept.set(at, t);
            }
        }
        return kept;
    }

    /** Whether {@code a} ended before {@code b}; an attempt with no end time is taken as later. */
    private static boolean earlier(ResultsAttempt a, ResultsAttempt b) {
        Instant x = a.finished().orElse(null);
        Instant y = b.finished().orElse(null);
        return x != null && (y == null || x.isBefore(y));
    }

    /** One question's scores as they are gathered, attempt by attempt. */
    private static final class Item {
        final String id;
        final Optional<Kind> kind;
        final String key;
        final boolean options;
        double[] points = new double[16];
        int[] attempt = new int[16];
        int n;
        double maxSum;
        int skipped;
        final Map<String, Integer> picks = new LinkedHashMap<>();

        Item(String id, ResultsAnswer first) {
            this.id = id;
            this.kind = first.kind();
            this.key = first.expected();
            this.options = first.hasOptions();
        }

        void add(int a, ResultsAnswer r) {
            if (n == points.length) {
                points = Arrays.copyOf(points, n * 2);
                attempt = Arrays.copyOf(attempt, n * 2);
            }
            points[n] = r.points();
            attempt[n] = a;
            n++;
            maxSum += r.maxPoints();
            if (r.skipped()) {
                skipped++;
            }
            if (options) {
                for (String p : r.picked()) {
                    picks.merge(p, 1, Integer::sum);
                }
            }
        }

        ItemFigures figures(double[] total) {
            double[] rest = new double[n];
            for (int i = 0; i < n; i++) {
                rest[i] = total[attempt[i]] - points[i];
            }
            double meanMax = maxSum / n;
            double facility = maxSum > 0 ? Moments.mean(points, n) / meanMax : 0;
            Optional<Double> sd = Moments.variance(points, n).map(v -> meanMax > 0 ? Math.sqrt(v) / meanMax : 0);
            Optional<Double> d = Moments.correlation(points, rest, n);
            Optional<Double> e = Moments.efficiency(points, rest, n);
            List<ItemFlag> flags = new ArrayList<>();
            if (facility < ItemFlag.HARD_BELOW) {
                flags.add(ItemFlag.TOO_HARD);
            } else if (facility > ItemFlag.EASY_ABOVE) {
                flags.add(ItemFlag.TOO_EASY);
            }
            d.ifPresent(v -> {
                if (v < 0) {
                    flags.add(ItemFlag.NEGATIVE_DISCRIMINATION);
                } else if (v < ItemFlag.DISCRIMINATION_BELOW) {
                    flags.add(ItemFlag.LOW_DISCRIMINATION);
                }
            });
            Map<String, Integer> sorted = new LinkedHashMap<>();
            picks.entrySet().stream().sorted((x, y) -> Integer.compare(y.getValue(), x.getValue()))
                    .forEach(en -> sorted.put(en.getKey(), en.getValue()));
            return new ItemFigures(id, kind, n, facility, sd, d, e, flags, sorted, skipped, key);
        }
    }
}
