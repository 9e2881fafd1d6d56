package org.sourcequiz.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.study.AnswerRecord;
import org.sourcequiz.study.Charts;
import org.sourcequiz.study.ContentHash;
import org.sourcequiz.study.Fsrs;
import org.sourcequiz.study.FsrsParameters;
import org.sourcequiz.study.QuestionProgress;
import org.sourcequiz.engine.Rating;
import org.sourcequiz.study.ReviewBatch;
import org.sourcequiz.study.ReviewQueue;
import org.sourcequiz.study.Stats;
import org.sourcequiz.study.StatsReport;
import org.sourcequiz.study.StatsText;
import org.sourcequiz.study.StudyDays;
import org.sourcequiz.engine.Verdict;

/**
 * Not a test (Surefire does not pick it up): fills a history with a million answers to the bundled
 * bank, then times what a learner waits for: the stats report and choosing the next review batch,
 * each from a freshly opened history, plus writing one more answer and exporting everything.
 * Run by {@code bench/history-benchmark.sh}.
 *
 * <p>Arguments: data folder (the history is {@code history.db} in it), number of answers.
 */
public final class HistoryBenchmark {
    private static final int RUNS = 7;
    private static final int BATCH = 20_000;

    private HistoryBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "target/bench");
        int total = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Path db = HistoryFiles.historyFile(dataDir, HistoryFiles.DEFAULT_PROFILE);
        Fsrs fsrs = new Fsrs(FsrsParameters.DEFAULT, StudyDays.in(ZoneId.of("UTC")));
        Bank bank = new BankLoader(Path.of("")).loadBundled().bank();
        List<Question> questions = bank.questions();
        Instant end = Instant.parse("2025-01-01T00:00:00Z");

        long have;
        try (SqliteHistory h = new SqliteHistory(db, fsrs, HistoryFiles.nativeCache(dataDir))) {
            have = h.answerCount();
        }
        if (have < total) {
            fill(db, fsrs, bank, total - (int) have, end, dataDir);
        }
        System.out.printf(Locale.ROOT, "history: %s, %,d bytes, bank of %d questions%n", db, Files.size(db), questions.size());

        Instant now = end.plus(Duration.ofHours(10));
        time("stats (open, read progress and days, compute, render)", () -> {
            try (SqliteHistory h = new SqliteHistory(db, fsrs, null)) {
                StatsReport r = Stats.compute(bank, h.progress(), h.days(), fsrs, now, StatsReport.Granularity.WEEK);
                return StatsText.render(r, Charts.Glyphs.UNICODE, 100).size() + " lines, "
                        + r.overview().answers().answered() + " answers";
            }
        });
        time("next review batch (open, read progress, choose)", () -> {
            try (SqliteHistory h = new SqliteHistory(db, fsrs, null)) {
                Map<String, QuestionProgress> p = h.progress();
                ReviewBatch b = ReviewQueue.choose(questions, p, fsrs, now, 20, 50);
                return b.due().size() + " due of " + b.dueTotal() + ", " + b.fresh().size() + " new";
            }
        });
        Map<String, QuestionSet> sets = bank.setsByQuestionId();
        int[] i = {0};
        try (SqliteHistory h = new SqliteHistory(db, fsrs, null)) {
            h.answerCount();
            time("one more answer (its own transaction, fsync)", () -> {
                Question q = questions.get(i[0]++ % questions.size());
                h.record(answer(q, sets.get(q.id()).id(), "bench-extra", Verdict.RIGHT, now.plusSeconds(i[0])));
                return "";
            });
        }
        time("history export as CSV to a null writer", 1, () -> {
            long[] n = {0};
            try (SqliteHistory h = new SqliteHistory(db, fsrs, null); Writer w = Writer.nullWriter()) {
                h.forEachAnswer(a -> {
                    n[0]++;
                    try {
                        w.write(a.questionId() + "," + a.given() + "," + a.answeredAt() + "\n");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            return n[0] + " answers";
        });
    }

    /** Answers spread evenly over the days before {@code end}, a few hundred a day, in time order. */
    private static void fill(Path db, Fsrs fsrs, Bank bank, int count, Instant end, Path dataDir) {
        List<Question> questions = bank.questions();
        Map<String, QuestionSet> sets = bank.setsByQuestionId();
        Random random = new Random(20240601);
        int days = 1000;
        Instant start = end.minus(Duration.ofDays(days));
        long step = Duration.ofDays(days).toMillis() / count;
        long t0 = System.nanoTime();
        try (SqliteHistory h = new SqliteHistory(db, fsrs, HistoryFiles.nativeCache(dataDir))) {
            List<AnswerRecord> batch = new ArrayList<>(BATCH);
            for (int n = 0; n < count; n++) {
                Question q = questions.get(random.nextInt(questions.size()));
                double roll = random.nextDouble();
                Verdict v = roll < 0.7 ? Verdict.RIGHT : roll < 0.8 ? Verdict.PARTIAL : roll < 0.95 ? Verdict.WRONG : Verdict.SKIPPED;
                batch.add(answer(q, sets.get(q.id()).id(), "bench-" + (n / 20), v, start.plusMillis(step * n)));
                if (batch.size() == BATCH || n == count - 1) {
                    h.recordAll(batch);
                    batch.clear();
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "filled %,d answers in %.1f s (%,.0f answers/s, in transactions of %,d)%n",
                count, seconds, count / seconds, BATCH);
    }

    private static AnswerRecord answer(Question q, String set, String session, Verdict v, Instant at) {
        Rating r = switch (v) {
            case RIGHT -> Rating.GOOD;
            case PARTIAL -> Rating.HARD;
            case WRONG, SKIPPED -> Rating.AGAIN;
        };
        return new AnswerRecord(q.id(), ContentHash.of(q), set, session, "practice", "an answer", "the answer", v, r,
                v == Verdict.RIGHT ? 1 : 0, 1, 6.5, at);
    }

    @FunctionalInterface
    private interface Timed {
        String run() throws IOException;
    }

    private static void time(String what, Timed task) throws IOException {
        time(what, RUNS, task);
    }

    private static void time(String what, int runs, Timed task) throws IOException {
        double[] ms = new double[runs];
        String result = "";
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            result = task.run();
            ms[r] = (System.nanoTime() - t) / 1e6;
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-55s first %7.1f ms, median %7.1f ms, best %7.1f ms  (%s)%n",
                what, ms[0], sorted[runs / 2], sorted[0], result);
    }
}
