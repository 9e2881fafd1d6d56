package org.sourcequiz.cli;

import org.sourcequiz.app.Resumption;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
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
import org.sourcequiz.study.SessionRecord;
import org.sourcequiz.study.StudyDays;
import org.sourcequiz.study.UnfinishedSession;

/** A quiz whose process was killed is offered back, and `quiz --resume` asks what it did not reach. */
class ResumeTest {
    private static final Instant STARTED = Instant.parse("2024-03-04T09:00:00Z");

    @TempDir
    Path dir;
    private Path data;
    private Bank bank;
    private List<Question> three;
    String out;
    String err;

    @BeforeEach
    void setUp() {
        data = dir.resolve("data");
        bank = new BankLoader(dir).loadBundled().bank();
        three = bank.questions().stream()
                .filter(q -> bank.setsByQuestionId().get(q.id()).id().equals("zapad-2021")).limit(3).toList();
    }

    private int run(String input, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        AppContext ctx = new AppContext(dir, Map.of("NO_COLOR", "1"), new PrintWriter(o, true), new PrintWriter(e, true),
                new BufferedReader(new StringReader(input)));
        int code = Main.run(args, ctx);
        out = o.toString();
        err = e.toString();
        return code;
    }

    /** A quiz of three questions, one answered, whose process has ended. */
    private void killedQuiz() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        try (SqliteHistory h = new SqliteHistory(HistoryFiles.historyFile(data, "default"),
                new Fsrs(FsrsParameters.DEFAULT, StudyDays.in(ZoneOffset.UTC)), null)) {
            h.startSession(new SessionRecord("killed-1", STARTED, "practice", 1, three.stream().map(Question::id).toList(),
                    "time_limit_seconds=;negative_marking=0.0", gone.pid(), null));
            Question q = three.get(0);
            h.record(new AnswerRecord(q.id(), ContentHash.of(q), "zapad-2021", "killed-1", "practice", "x", "y",
                    Verdict.WRONG, Rating.AGAIN, 0, 1, 5, STARTED.plusSeconds(5)));
        }
    }

    @Test
    void scriptedInputIsNotAskedButToldHowToResume() throws Exception {
        killedQuiz();
        assertThat(run(":quit\n", "quiz", "--plain", "--set", "zapad-2021", "--data-dir", "data")).as(err).isZero();
        assertThat(err.lines().toList()).hasSize(1);
        assertThat(err).contains("(1 of 3 answered)").contains("`sourcequiz quiz --resume` resumes it");
        assertThat(out).doesNotContain("[Y/n]");
    }

    @Test
    void resumeAsksTheQuestionsLeftUnderTheSameSession() throws Exception {
        killedQuiz();
        assertThat(run(":skip\n:skip\n", "quiz", "--plain", "--resume", "--data-dir", "data")).as(err).isZero();
        assertThat(out).startsWith("2 questions, practice mode.").contains("[1/2] ");
        assertThat(run("", "history", "export", "--format", "csv", "--data-dir", "data")).isZero();
        List<String> rows = out.lines().skip(1).toList();
        assertThat(rows).hasSize(3).allSatisfy(r -> assertThat(r).contains(",killed-1,"));
        assertThat(rows.stream().map(r -> r.substring(0, r.indexOf(',')))).containsExactlyElementsOf(
                three.stream().map(Question::id).toList());

        // Finished now, so it is not offered again.
        assertThat(run(":quit\n", "quiz", "--plain", "--set", "zapad-2021", "--data-dir", "data")).isZero();
        assertThat(err).isEmpty();
    }

    @Test
    void resumeWithNothingToResumeSaysSo() {
        assertThat(run("", "quiz", "--plain", "--resume", "--data-dir", "data")).isEqualTo(1);
        assertThat(err).contains("no unfinished quiz to resume");
    }

    @Test
    void theTerminalQuestionTakesEnterAsYes() throws Exception {
        killedQuiz();
        UnfinishedSession u;
        try (SqliteHistory h = new SqliteHistory(HistoryFiles.historyFile(data, "default"),
                new Fsrs(FsrsParameters.DEFAULT, StudyDays.in(ZoneOffset.UTC)), null)) {
            u = h.unfinishedSessions().get(0);
        }
        assertThat(Resumption.question(u, ZoneOffset.UTC)).isEqualTo("Resume the quiz of 2024-03-04 09:00 (1 of 3 answered)? [Y/n] ");
        assertThat(Resumption.accepts("")).as("Enter").isTrue();
        assertThat(Resumption.accepts(" Yes ")).isTrue();
        assertThat(Resumption.accepts("n")).isFalse();
        assertThat(Resumption.accepts(null)).as("end of input").isFalse();
    }
}
