package org.sourcequiz.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcequiz.study.TestBanks.answer;
import static org.sourcequiz.study.TestBanks.choice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.study.AnswerRecord;
import org.sourcequiz.study.Progression;
import org.sourcequiz.study.QuestionProgress;
import org.sourcequiz.engine.Rating;
import org.sourcequiz.study.SessionOutcome;
import org.sourcequiz.study.SessionRecord;
import org.sourcequiz.study.TestBanks;
import org.sourcequiz.study.UnfinishedSession;
import org.sourcequiz.engine.Verdict;

class SqliteHistoryTest {
    private static final Instant T0 = Instant.parse("2024-05-01T09:00:00Z");
    private static final ChoiceQuestion Q1 = choice("q1", "src-a");
    private static final ChoiceQuestion Q2 = choice("q2", "src-a");

    @TempDir
    Path dir;

    private SqliteHistory history() {
        return new SqliteHistory(dir.resolve("history.db"), TestBanks.FSRS, null);
    }

    private static List<AnswerRecord> someAnswers() {
        List<AnswerRecord> list = new ArrayList<>();
        for (int day = 0; day < 6; day++) {
            Instant t = T0.plus(Duration.ofDays(day));
            list.add(answer(Q1, "a", day % 3 == 0 ? Verdict.WRONG : Verdict.RIGHT, day % 3 == 0 ? Rating.AGAIN : Rating.GOOD, t));
            list.add(answer(Q2, "a", Verdict.PARTIAL, Rating.HARD, t.plusSeconds(30)));
        }
        return list;
    }

    @Test
    void constructingTouchesNothing() {
        try (SqliteHistory h = history()) {
            assertThat(h.file()).doesNotExist();
        }
        assertThat(dir.resolve("history.db")).doesNotExist();
    }

    @Test
    void whatIsKeptIsWhatTheAnswersSay() {
        List<AnswerRecord> answers = someAnswers();
        try (SqliteHistory h = history()) {
            for (AnswerRecord a : answers) {
                h.record(a);
            }
        }
        try (SqliteHistory h = history()) {
            assertThat(h.progress()).isEqualTo(Progression.replay(answers, TestBanks.FSRS));
            assertThat(h.days()).isEqualTo(Progression.days(answers, TestBanks.UTC_DAYS));
            List<AnswerRecord> back = new ArrayList<>();
            h.forEachAnswer(back::add);
            assertThat(back).isEqualTo(answers);
            assertThat(h.answerCount()).isEqualTo(12);
        }
    }

    @Test
    void recordReturnsTheNewProgress() {
        try (SqliteHistory h = history()) {
            QuestionProgress first = h.record(answer(Q1, "a", Verdict.RIGHT, Rating.GOOD, T0));
            assertThat(first.card().reps()).isEqualTo(1);
            QuestionProgress second = h.record(answer(Q1, "a", Verdict.WRONG, Rating.AGAIN, T0.plus(Duration.ofDays(2))));
            assertThat(second.card().lapses()).isEqualTo(1);
            assertThat(second.tally().answered()).isEqualTo(2);
            assertThat(h.progress().get("q1")).isEqualTo(second);
        }
    }

    @Test
    void recordAllIsOneTransactionWithTheSameResult() {
        List<AnswerRecord> answers = someAnswers();
        try (SqliteHistory h = history()) {
            h.recordAll(answers);
            assertThat(h.progress()).isEqualTo(Progression.replay(answers, TestBanks.FSRS));
            assertThat(h.answerCount()).isEqualTo(answers.size());
        }
    }

    @Test
    void textSurvivesTheRoundTrip() {
        AnswerRecord a = new AnswerRecord("q1", "0123456789abcdef", "set", "s", "flashcard", "Лукашэнка, “quoted”\n2nd line",
                "Lukašenka; 10–16 September", Verdict.RIGHT, Rating.EASY, 1.5, 2, 3.25, T0.plusNanos(123_456_789));
        try (SqliteHistory h = history()) {
            h.record(a);
            List<AnswerRecord> back = new ArrayList<>();
            h.forEachAnswer(back::add);
            assertThat(back).containsExactly(a);
            assertThat(back.get(0).answeredAt()).isEqualTo(T0.plusMillis(123));
        }
    }

    @Test
    void unfinishedSessionsListWhatWasAnswered() {
        SessionRecord s1 = new SessionRecord("s1", T0, "practice", 7, List.of("q1", "q2", "q3"), "{\"set\":\"a\"}", 4242, T0);
        SessionRecord s2 = new SessionRecord("s2", T0.plusSeconds(600), "exam", 8, List.of("q2"), "", 4243, null);
        try (SqliteHistory h = history()) {
            h.startSession(s1);
            h.startSession(s2);
            h.record(answer(Q2, "a", "s1", Verdict.RIGHT, Rating.GOOD, T0.plusSeconds(5)));
            h.record(answer(Q1, "a", "s1", Verdict.WRONG, Rating.AGAIN, T0.plusSeconds(9)));
            h.record(answer(Q2, "a", "s2", Verdict.RIGHT, Rating.GOOD, T0.plusSeconds(605)));
            h.finishSession("s2", T0.plusSeconds(610), SessionOutcome.COMPLETED);
        }
        try (SqliteHistory h = history()) {
            List<UnfinishedSession> open = h.unfinishedSessions();
            assertThat(open).hasSize(1);
            assertThat(open.get(0).session()).isEqualTo(s1);
            assertThat(open.get(0).answeredIds()).containsExactly("q2", "q1");
            assertThat(open.get(0).remaining()).containsExactly("q3");
            h.finishSession("s1", T0.plusSeconds(700), SessionOutcome.ABANDONED);
            assertThat(h.unfinishedSessions()).isEmpty();
        }
    }

    @Test
    void createsMissingFoldersAndUsesWal() throws Exception {
        Path deep = dir.resolve("profiles/work/history.db");
        try (SqliteHistory h = new SqliteHistory(deep, TestBanks.FSRS, null)) {
            h.record(answer(Q1, "a", Verdict.RIGHT, Rating.GOOD, T0));
            assertThat(deep).exists();
            assertThat(Files.exists(deep.resolveSibling("history.db-wal"))).isTrue();
            assertThat(h.schemaVersion()).isEqualTo(Schema.latestVersion());
            assertThat(h.integrityProblems()).isEmpty();
        }
    }
}
