package org.sourcequiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sourcequiz.engine.AnswerListener;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.HostileBank;

/**
 * The second guard: a bank that skipped validation, with controls and bidi characters in every
 * text, driven through home, every question kind, help, feedback, reveal and results. No cell
 * of the screen, and nothing written to the terminal, may hold one of them.
 */
class TerminalSafetyRenderTest {
    private static final Bank BANK = HostileBank.bank();

    private final List<String> seen = new ArrayList<>();

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({"PRACTICE, 100, 30", "PRACTICE, 60, 16", "EXAM, 100, 30", "FLASHCARD, 100, 30", "FLASHCARD, 60, 16"})
    void aQuizThroughEveryScreen(Mode mode, int cols, int rows) {
        Harness h = hostileQuiz(mode, cols, rows);
        QuizSession s = h.session();
        for (int step = 0; step < 40 && !s.finished(); step++) {
            int answered = s.grades().size();
            check(h, "question");
            h.press(KeyType.F1);
            check(h, "help");
            h.press(KeyType.Escape);
            if (mode == Mode.FLASHCARD) {
                h.enter();
                check(h, "reveal");
                h.type("3");
            } else {
                answer(h);
            }
            if (s.grades().size() == answered) {
                check(h, "a refused answer");
                h.press(KeyType.Tab);
            }
            check(h, "after an answer");
            if (mode == Mode.PRACTICE) {
                h.enter();
            }
        }
        check(h, "the end");
        for (int i = 0; i < 6; i++) {
            h.press(KeyType.PageDown);
            check(h, "result, scrolled");
        }
        assertThat(s.grades()).hasSize(BANK.questions().size());
        assertThat(seen).anySatisfy(screen -> assertThat(screen).contains("Result"));
        if (mode != Mode.EXAM) {
            assertThat(seen).anySatisfy(screen -> assertThat(screen).contains("passage"));
        }
        assertWrittenIsSafe(h);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"100, 30", "60, 16"})
    void homeAndAQuizStartedFromIt(int cols, int rows) {
        Harness h = Harness.home(cols, rows, true, List.of());
        h.ui = TextUi.home(h.screen, BANK, h.settings(true));
        h.paint();
        check(h, "home");
        assertThat(seen.get(0)).contains("Set title");
        h.press(KeyType.F1);
        check(h, "home help");
        h.press(KeyType.Escape);
        h.enter();
        check(h, "started from home");
        h.press(KeyType.Tab);
        check(h, "skipped");
        assertWrittenIsSafe(h);
    }

    private static Harness hostileQuiz(Mode mode, int cols, int rows) {
        Harness h = Harness.quiz(cols, rows, true, QuizOptions.of(Mode.PRACTICE), "fx-choice");
        QuizSession s = QuizSession.start(QuizPlan.ofIds(BANK, HostileBank.IDS, 1), QuizOptions.of(mode), h.clock, "hostile",
                AnswerListener.NONE);
        h.sessions.add(s);
        h.ui = TextUi.quiz(h.screen, BANK, h.settings(true), s);
        return h.paint();
    }

    /** An answer for each kind that the feedback shows back: options by number, a figure, a date, a name, pairs. */
    private static void answer(Harness h) {
        switch (h.session().current().kind()) {
            case CHOICE, TRUEFALSE -> h.type("1").enter();
            case MULTI -> h.type("13").enter();
            case NUMBER -> h.type("200000").enter();
            case DATE -> h.type("9.9.2021").enter();
            case TEXT -> h.type("Krums").enter();
            case ORDER -> h.enter();
            case MATCH -> h.type("1a2b").enter();
        }
    }

    private void check(Harness h, String where) {
        String screen = h.text();
        seen.add(screen);
        assertThat(HostileBank.unsafeIn(screen)).as("unsafe characters on the screen, %s:%n%s", where, screen).isEmpty();
    }

    private static void assertWrittenIsSafe(Harness h) {
        String written = h.terminal.written();
        assertThat(written).as("what reached the terminal").contains("prompt");
        assertThat(HostileBank.unsafeIn(written)).as("unsafe characters written to the terminal").isEmpty();
    }
}
