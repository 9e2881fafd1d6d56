package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.engine.AnswerListener;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.engine.Response;
import org.sourcequiz.engine.Selection;
import org.sourcequiz.model.Bank;

/** `sourcequiz` with no command, where there is no terminal (as under the test runner, or in a pipe). */
class RootCommandTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String input, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        AppContext ctx = new AppContext(dir, Map.of("NO_COLOR", "1", "TERM", "xterm"), new PrintWriter(o, true),
                new PrintWriter(e, true), new BufferedReader(new StringReader(input)));
        int code = Main.run(args, ctx);
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void withoutATerminalItListsTheSetsAndHowToStartRatherThanWaitingForAnswers() {
        Bank bank = new BankLoader(dir).loadBundled().bank();
        assertThat(run("")).isZero();
        assertThat(err).isEmpty();
        assertThat(out).contains("There is no terminal here for the home screen", "ID", "QUESTIONS", "TITLE",
                "sourcequiz quiz --set ID -n 10", "sourcequiz list", "sourcequiz --help");
        bank.sets().forEach(s -> assertThat(out).containsPattern(s.id() + " +" + s.questions().size() + "  "));
        assertThat(out).containsPattern("\\(all sets\\) +" + bank.questions().size());
    }

    @Test
    void aQuizWithoutTerminalRunsInPlainModeEvenWithoutPlain() {
        assertThat(run("1\n", "quiz", "--set", "zapad-2021", "-n", "1", "--seed", "7")).isZero();
        assertThat(out).startsWith("1 question, practice mode.").contains("[1/1] ", "Seed: 7");
    }

    @Test
    void theLineLeftInTheShellAfterTheTextUi() {
        Bank bank = new BankLoader(dir).load(List.of(Path.of("src/test/resources/quiz-bank").toAbsolutePath())).bank();
        QuizPlan plan = QuizPlan.select(bank, new Selection(List.of("extra"), List.of(), List.of(), java.util.Set.of(), 0, 42));
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2024-05-01T10:00:00Z"), java.time.ZoneOffset.UTC);
        QuizSession s = QuizSession.start(plan, QuizOptions.of(Mode.PRACTICE), clock, "x", AnswerListener.NONE);
        s.answer(Response.trueFalse(s.current().id().equals("fx-extra-1")));
        s.quit();
        assertThat(s.result().taken()).isEqualTo(Duration.ZERO);
        assertThat(org.sourcequiz.app.RecordedSession.summary(s.result())).isEqualTo("sourcequiz: 1 of 1 point (100%) in 0:00; the same quiz again: --seed 42");
    }
}
