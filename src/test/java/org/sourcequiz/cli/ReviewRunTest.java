package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.engine.Rating;
import org.sourcequiz.engine.Verdict;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;
import org.sourcequiz.store.HistoryFiles;
import org.sourcequiz.store.SqliteHistory;
import org.sourcequiz.study.AnswerRecord;
import org.sourcequiz.study.ContentHash;
import org.sourcequiz.study.Fsrs;
import org.sourcequiz.study.FsrsParameters;
import org.sourcequiz.study.StudyDays;

/** `sourcequiz review` runs the day's batch as a quiz and saves the answers, with a fixed clock. */
class ReviewRunTest {
    private static final Instant DAY1 = Instant.parse("2024-03-04T09:00:00Z");

    @TempDir
    Path dir;
    private Path data;
    private Bank bank;
    String out;
    String err;

    @BeforeEach
    void setUp() {
        data = dir.resolve("data");
        bank = new BankLoader(dir).loadBundled().bank();
    }

    private int run(Instant now, String input, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        AppContext ctx = new AppContext(dir, Map.of("NO_COLOR", "1"), new PrintWriter(o, true), new PrintWriter(e, true),
                new BufferedReader(new StringReader(input)), Clock.fixed(now, ZoneOffset.UTC));
        int code = Main.run(all, ctx);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private SqliteHistory history() {
        return new SqliteHistory(HistoryFiles.historyFile(data, "default"),
                new Fsrs(FsrsParameters.DEFAULT, StudyDays.in(ZoneOffset.UTC)), null);
    }

    private void answered(Question q, Verdict v, Instant at) {
        try (SqliteHistory h = history()) {
            h.record(new AnswerRecord(q.id(), ContentHash.of(q), bank.setsByQuestionId().get(q.id()).id(), "s0",
                    "practice", "x", "y", v, v == Verdict.RIGHT ? Rating.GOOD : Rating.AGAIN, v == Verdict.RIGHT ? 1 : 0,
                    1, 8, at));
        }
    }

    private List<String> exported(Instant now) {
        assertThat(run(now, "", "history", "export", "--format", "csv")).as(err).isZero();
        return out.lines().skip(1).toList();
    }

    @Test
    void aFirstReviewAsksTheDaysNewQuestionsAndSavesTheAnswers() {
        assertThat(run(DAY1, ":skip\n:skip\n", "review", "--new", "2")).as(err).isZero();
        assertThat(out).startsWith("2 questions, practice mode.");
        assertThat(err).isEmpty();
        List<String> rows = exported(DAY1);
        assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r).contains(",review,").contains("skipped"));
        assertThat(rows.get(0)).startsWith(bank.questions().get(0).id() + ",");
    }

    @Test
    void nothingDueSaysWhenTheNextReviewIs() {
        answered(bank.questions().get(0), Verdict.RIGHT, DAY1);
        String due;
        try (SqliteHistory h = history()) {
            due = h.progress().get(bank.questions().get(0).id()).card().due().toString();
        }
        assertThat(run(DAY1.plusSeconds(60), "", "review", "--new", "0")).as(err).isZero();
        assertThat(out.strip()).isEqualTo("Nothing is due now; the next review is due " + due + ".");
    }

    @Test
    void nothingAnsweredAndNoNewQuestionsWanted() {
        assertThat(run(DAY1, "", "review", "--new", "0")).isZero();
        assertThat(out.strip()).isEqualTo("Nothing is due now, and nothing is scheduled yet.");
    }

    @Test
    void mistakesReasksWhatWasLastAnsweredWrong() {
        Question wrong = bank.questions().get(3);
        answered(bank.questions().get(1), Verdict.RIGHT, DAY1);
        answered(wrong, Verdict.WRONG, DAY1.plusSeconds(10));
        assertThat(run(DAY1.plusSeconds(60), ":skip\n", "review", "--mistakes")).as(err).isZero();
        assertThat(out).startsWith("1 question, practice mode.");
        List<String> rows = exported(DAY1.plusSeconds(60));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2)).startsWith(wrong.id() + ",").contains(",review,");
    }
}
