package org.sourcequiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.model.Bank;
import org.sourcequiz.store.SqliteHistory;
import org.sourcequiz.study.Fsrs;
import org.sourcequiz.study.FsrsParameters;
import org.sourcequiz.study.StudyDays;
import org.sourcequiz.study.UnfinishedSession;

/**
 * When the text UI is done, the quizzes it ran are closed in history, except one it left
 * unfinished: that one was killed by a signal, and must be offered back like one killed with SIGKILL.
 */
class RecordingStarterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aQuizLeftUnfinishedStaysOpenAndOneQuitOrDoneIsClosed() {
        Bank bank = new BankLoader(dir).loadBundled().bank();
        List<String> ids = bank.questions().stream().filter(q -> bank.setsByQuestionId().get(q.id()).id().equals("zapad-2021"))
                .limit(2).map(q -> q.id()).toList();
        Path file = dir.resolve("history.db");
        Fsrs fsrs = new Fsrs(FsrsParameters.DEFAULT, StudyDays.in(ZoneOffset.UTC));
        StringWriter err = new StringWriter();
        RecordingStarter starter = new RecordingStarter(new SqliteHistory(file, fsrs, null), e -> e.getMessage(), CLOCK,
                new Warnings(new PrintWriter(err, true)));

        QuizSession killed = starter.start(QuizPlan.ofIds(bank, ids, 1), QuizOptions.of(Mode.PRACTICE));
        killed.skip();
        QuizSession quit = starter.start(QuizPlan.ofIds(bank, ids, 2), QuizOptions.of(Mode.PRACTICE));
        quit.skip();
        quit.quit();
        QuizSession done = starter.start(QuizPlan.ofIds(bank, ids, 3), QuizOptions.of(Mode.PRACTICE));
        done.skip();
        done.skip();
        assertThat(starter.savedInUnfinished()).isEqualTo(1);
        starter.finishAll();

        assertThat(err.toString()).isEmpty();
        try (SqliteHistory h = new SqliteHistory(file, fsrs, null)) {
            assertThat(h.answerCount()).isEqualTo(4);
            assertThat(h.unfinishedSessions()).extracting(u -> u.session().id()).containsExactly(killed.id());
            UnfinishedSession u = h.unfinishedSessions().get(0);
            assertThat(u.remaining()).containsExactly(ids.get(1));
        }
    }
}
