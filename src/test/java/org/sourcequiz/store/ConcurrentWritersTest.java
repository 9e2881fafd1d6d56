package org.sourcequiz.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcequiz.study.TestBanks.answer;
import static org.sourcequiz.study.TestBanks.choice;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.engine.Rating;
import org.sourcequiz.study.TestBanks;
import org.sourcequiz.engine.Verdict;

/** Two quizzes in two terminals: two connections, then two processes, writing the same file at once. */
class ConcurrentWritersTest {
    private static final Instant T0 = Instant.parse("2024-05-01T09:00:00Z");
    private static final int EACH = 150;

    @TempDir
    Path dir;

    @Test
    void twoConnectionsWriteAtOnceWithoutLosingAnAnswer() throws Exception {
        Path db = dir.resolve("history.db");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (String writer : List.of("a", "b")) {
                done.add(pool.submit(() -> {
                    // Each thread opens (and so may create and migrate) the file itself.
                    try (SqliteHistory h = new SqliteHistory(db, TestBanks.FSRS, null)) {
                        go.await();
                        for (int i = 0; i < EACH; i++) {
                            // Both writers also answer the shared question, so they update the same rows.
                            ChoiceQuestion q = choice(i % 5 == 0 ? "shared" : writer + i, "src-a");
                            h.record(answer(q, "s", writer, Verdict.RIGHT, Rating.GOOD, T0.plusSeconds(i)));
                        }
                    }
                    return EACH;
                }));
            }
            go.countDown();
            for (Future<Integer> f : done) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(EACH);
            }
        } finally {
            pool.shutdownNow();
        }
        try (SqliteHistory h = new SqliteHistory(db, TestBanks.FSRS, null)) {
            assertThat(h.answerCount()).isEqualTo(2L * EACH);
            assertThat(h.progress().get("shared").tally().answered()).isEqualTo(2L * EACH / 5);
            assertThat(h.days().stream().mapToLong(d -> d.tally().answered()).sum()).isEqualTo(2L * EACH);
            assertThat(h.integrityProblems()).isEmpty();
        }
    }

    @Test
    void twoProcessesWriteAtOnceWithoutLosingAnAnswer() throws Exception {
        Path db = dir.resolve("history.db");
        // A short pause between answers, as a person would take, keeps both writing over the same stretch of time.
        Process a = Writers.start(db, "pa", EACH, 3);
        Process b = Writers.start(db, "pb", EACH, 3);
        for (Process p : List.of(a, b)) {
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                r.lines().forEach(out::add);
            }
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(Writers.stderr(p)).isZero();
            assertThat(out).endsWith("recorded " + EACH, "done");
        }
        try (SqliteHistory h = new SqliteHistory(db, TestBanks.FSRS, null)) {
            assertThat(h.answerCount()).isEqualTo(2L * EACH);
            assertThat(h.progress()).hasSize(2 * EACH);
            assertThat(h.unfinishedSessions()).hasSize(2);
            assertThat(h.integrityProblems()).isEmpty();
            List<String> order = new ArrayList<>();
            h.forEachAnswer(x -> order.add(x.sessionId()));
            long switches = 0;
            for (int i = 1; i < order.size(); i++) {
                switches += order.get(i).equals(order.get(i - 1)) ? 0 : 1;
            }
            assertThat(switches).as("the two processes' answers interleave").isGreaterThan(10);
        }
    }
}
