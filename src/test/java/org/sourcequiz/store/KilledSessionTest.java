package org.sourcequiz.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcequiz.study.AnswerRecord;
import org.sourcequiz.study.Resume;
import org.sourcequiz.study.SessionOutcome;
import org.sourcequiz.study.TestBanks;
import org.sourcequiz.study.UnfinishedSession;

/** A quiz process killed with SIGKILL after three answers loses none of them and can be resumed. */
class KilledSessionTest {
    @TempDir
    Path dir;

    @Test
    void answersSurviveKillDashNineAndTheSessionIsOfferedForResuming() throws Exception {
        Path db = dir.resolve("history.db");
        Process quiz = Writers.start(db, "killed", 8, 200);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(quiz.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
                assertThat(line).as("writer output; stderr: %s", line == null ? Writers.stderr(quiz) : "").isNotNull();
            } while (!line.equals("recorded 3"));
            // Process.destroyForcibly is SIGKILL on Unix: no shutdown hooks, no finally blocks, no close().
            quiz.destroyForcibly();
            assertThat(quiz.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(quiz.exitValue()).isEqualTo(137);

        try (SqliteHistory h = new SqliteHistory(db, TestBanks.FSRS, null)) {
            List<AnswerRecord> answers = new ArrayList<>();
            h.forEachAnswer(answers::add);
            assertThat(answers).extracting(AnswerRecord::questionId)
                    .startsWith("killed-q1", "killed-q2", "killed-q3");
            // The fourth may have been committed between the printout and the kill; none is lost or half-written.
            assertThat(answers.size()).isBetween(3, 4);
            assertThat(h.integrityProblems()).isEmpty();

            List<UnfinishedSession> unfinished = h.unfinishedSessions();
            Optional<UnfinishedSession> offer = Resume.candidate(unfinished,
                    s -> ProcessOwner.isAlive(s.ownerPid(), s.ownerStartedAt()));
            assertThat(offer).hasValueSatisfying(u -> {
                assertThat(u.session().id()).isEqualTo("killed");
                assertThat(u.session().seed()).isEqualTo(99);
                assertThat(u.answeredIds()).startsWith("killed-q1", "killed-q2", "killed-q3");
                assertThat(u.remaining()).endsWith("killed-q5", "killed-q6", "killed-q7", "killed-q8")
                        .hasSize(8 - answers.size());
            });

            h.finishSession("killed", Instant.now(), SessionOutcome.ABANDONED);
            assertThat(Resume.candidate(h.unfinishedSessions(), s -> false)).isEmpty();
        }
    }

    @Test
    void aSessionStillRunningElsewhereIsNotOffered() throws Exception {
        Path db = dir.resolve("history.db");
        Process quiz = Writers.start(db, "live", 50, 200);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(quiz.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
                assertThat(line).isNotNull();
            } while (!line.equals("recorded 1"));
            try (SqliteHistory h = new SqliteHistory(db, TestBanks.FSRS, null)) {
                List<UnfinishedSession> unfinished = h.unfinishedSessions();
                assertThat(unfinished).hasSize(1);
                assertThat(unfinished.get(0).session().ownerPid()).isEqualTo(quiz.pid());
                assertThat(Resume.candidate(unfinished, s -> ProcessOwner.isAlive(s.ownerPid(), s.ownerStartedAt())))
                        .isEmpty();
            }
        } finally {
            quiz.destroyForcibly();
            quiz.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
