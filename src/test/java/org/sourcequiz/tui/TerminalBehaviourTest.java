package org.sourcequiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcequiz.engine.AnswerListener;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.model.Published;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.model.Source;
import org.sourcequiz.model.Stem;

/** Resizing, a terminal too small, no colour, help, leaving, Ctrl-C, and text that must not reach the terminal raw. */
class TerminalBehaviourTest {

    @Test
    void aResizeRedrawsForTheNewWidth() {
        Harness h = Harness.quiz(QuizOptions.of(Mode.PRACTICE), "fx-choice");
        h.type(String.valueOf(Answers.option(h.session().current(), "8–14 September 2021"))).enter();
        assertThat(h.text()).contains("┌─ Passage " + "─".repeat(80));
        h.resize(60, 16);
        String s = h.text();
        assertThat(s.lines().toList()).hasSize(16).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(60));
        assertThat(s).contains("✗ Wrong").doesNotContain("─".repeat(60));
        assertThat(s.lines().filter(l -> l.contains("┌─ Passage")).findFirst().orElseThrow()).hasSize(59);
        h.resize(120, 40);
        assertThat(h.text()).contains("┌─ Passage " + "─".repeat(100));
    }

    @Test
    void belowSixtyBySixteenItSaysTheTerminalIsTooSmallAndKeysWait() {
        Harness h = Harness.quiz(QuizOptions.of(Mode.PRACTICE), "fx-choice");
        h.resize(59, 30);
        assertThat(h.text()).contains("The terminal is too small (59×30)", "at least 60×16").doesNotContain("Zapad");
        h.resize(80, 15);
        assertThat(h.text()).contains("too small (80×15)");
        h.type("1").enter();
        assertThat(h.session().grades()).isEmpty();
        h.resize(60, 16);
        assertThat(h.text()).contains("On which dates was Zapad-2021 officially held?", "Question 1 of 1").doesNotContain("too small");
    }

    @Test
    void monochromeUsesOnlyTheDefaultColoursAndStillMarksWhatMatters() {
        Harness h = Harness.quiz(100, 30, false, QuizOptions.of(Mode.PRACTICE), "fx-choice", "fx-truefalse");
        assertAllDefaultColours(h);
        h.type(String.valueOf(Answers.option(h.session().current(), "10–16 September 2021"))).enter();
        assertAllDefaultColours(h);
        assertThat(h.text()).contains("✓ Right");
        assertThat(h.cells(c -> c.isBold() && c.isReversed())).contains("September 10-16");
        assertThat(h.cells(TextCharacter::isBold)).contains("✓ Right");
        h.enter().type("f").enter();
        assertThat(h.text()).contains("✗ Wrong");
        h.enter();
        assertAllDefaultColours(h);
        assertThat(h.text()).contains("Score: 1 of 2 points (50%)", "█", "░");
    }

    @Test
    void withColourTheVerdictIsColouredToo() {
        Harness h = Harness.quiz(QuizOptions.of(Mode.PRACTICE), "fx-truefalse");
        h.type("t").enter();
        assertThat(h.cells(c -> c.getForegroundColor() == TextColor.ANSI.GREEN && c.isBold())).contains("✓ Right");
    }

    private static void assertAllDefaultColours(Harness h) {
        assertThat(h.cells(c -> c.getForegroundColor() != TextColor.ANSI.DEFAULT || c.getBackgroundColor() != TextColor.ANSI.DEFAULT).strip())
                .isEmpty();
    }

    @Test
    void questionMarkShowsHelpOnEveryScreenAndAnyKeyClosesIt() {
        Harness h = Harness.quiz(QuizOptions.of(Mode.PRACTICE), "fx-choice");
        h.type("?");
        assertThat(h.flat()).contains("Help", "↑↓ or the option's number chooses");
        h.type("1");
        assertThat(h.text()).doesNotContain("Any key closes").contains("( ) 1.");
        h.type("1").enter().type("?");
        assertThat(h.flat()).contains("The verdict, the right answer, yours, and the passage");
        h.type("x").enter().type("?");
        assertThat(h.flat()).contains("Your score, the time taken", "r starts a quiz");
    }

    @Test
    void qAsksBeforeLeavingAndNoGoesOn() {
        Harness h = Harness.quiz(QuizOptions.of(Mode.PRACTICE), "fx-choice", "fx-truefalse");
        h.type("q");
        assertThat(h.flat()).contains("Leave this quiz?", "y or Enter: leave", "n or Esc: go on");
        h.type("n");
        assertThat(h.text()).doesNotContain("Leave this quiz?").contains("Question 1 of 2");
        h.press(KeyType.Escape);
        assertThat(h.text()).contains("Leave this quiz?");
        h.type("y");
        assertThat(h.text()).contains("Result · practice", "Stopped after 0 of 2 questions.");
        assertThat(h.ui.done()).isFalse();
        h.type("q");
        assertThat(h.ui.done()).isTrue();
        assertThat(h.ui.firstResult().orElseThrow().notReached()).isEqualTo(2);
    }

    @Test
    void ctrlCLeavesAtOnceWithTheResultSoFar() {
        Harness h = Harness.quiz(QuizOptions.of(Mode.PRACTICE), "fx-truefalse", "fx-choice");
        h.type("t").enter();
        h.ctrlC();
        assertThat(h.ui.done()).isTrue();
        assertThat(h.ui.firstResult().orElseThrow().records()).hasSize(1);
        assertThat(h.ui.firstResult().orElseThrow().notReached()).isEqualTo(1);
    }

    @Test
    void controlCharactersFromQuestionFilesNeverReachTheTerminalAndUnicodeShowsAsWritten() {
        Source src = new Source("s", "Крюмс — «Лебединая песня»", List.of("Gatis Krūms"), new Published("2021-10-22", false, ""), "", "", "");
        Stem stem = new Stem("u1", "Кто написал “the swan song” — Krūms?\u001b[31m", "s",
                "Лукашенко споёт «лебединую песню» в ноябре, – пишет Krūms.", "", List.of(), 1, 1, List.of("Krūms"));
        ChoiceQuestion q = new ChoiceQuestion(stem, List.of("Krūms", "Кузан\u0007"), 0);
        Bank bank = new Bank(List.of(src), List.of(new QuestionSet("u", "Юникод", "", List.of(), List.of(q), "u.yaml")));
        Harness h = Harness.quiz(QuizOptions.of(Mode.PRACTICE), "fx-choice");
        QuizSession s = QuizSession.start(QuizPlan.ofIds(bank, List.of("u1"), 1), QuizOptions.of(Mode.PRACTICE), h.clock, "u",
                AnswerListener.NONE);
        h.ui = TextUi.quiz(h.screen, bank, h.settings(true), s);
        h.sessions.add(s);
        h.paint();
        assertThat(h.text()).contains("Юникод", "Кто написал “the swan song” — Krūms?\uFFFD[31m", "Кузан\uFFFD")
                .doesNotContain("\u001b").doesNotContain("\u0007");
        h.type(String.valueOf(Answers.option(s.current(), "Krūms"))).enter();
        assertThat(h.text()).contains("✓ Right", "Лукашенко споёт «лебединую песню» в ноябре, – пишет Krūms.");
        assertThat(h.flat()).contains("Source: Gatis Krūms, “Крюмс — «Лебединая песня»”, 22 October 2021");
        assertThat(h.cells(c -> c.isBold() && c.isReversed())).contains("Krūms");
    }
}
