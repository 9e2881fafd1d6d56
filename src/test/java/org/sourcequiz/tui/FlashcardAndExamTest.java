package org.sourcequiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.Rating;

/** Flashcards (show, turn over, rate) and exams (no feedback, a timer, time running out). */
class FlashcardAndExamTest {

    @Test
    void aFlashcardIsShownThenTurnedOverThenRated() {
        Harness h = Harness.quiz(QuizOptions.of(Mode.FLASHCARD), "fx-number", "fx-text");
        assertThat(h.text()).contains("How many military personnel took part?", "Space show answer", "Question 1 of 2")
                .doesNotContain("200,000");
        h.press(Answers.key(' '));
        String s = h.text();
        assertThat(s).contains("Answer: 200,000 military personnel", "Why: Explanation of fx-number",
                "The exercise engaged 200,000 military personnel.", "How well did you remember it?", "1 again · 2 hard · 3 good · 4 easy",
                "1-4 rate");
        assertThat(h.flat()).contains("Source: Oksana Kuzan and Borys Grachov");
        assertThat(h.cells(c -> c.isBold() && c.isReversed())).contains("200,000");
        h.type("3");
        assertThat(h.text()).contains("Question 2 of 2", "Rated good.", "Who wrote it? (surname)");
        assertThat(h.session().grades().get(0).rating()).isEqualTo(Optional.of(Rating.GOOD));
        h.enter().type("1");
        assertThat(h.text()).contains("Result · flashcard");
        assertThat(h.session().grades().get(1).rating()).isEqualTo(Optional.of(Rating.AGAIN));
    }

    @Test
    void anExamShowsNoVerdictUntilTheEndAndATimerThatRunsOut() {
        Harness h = Harness.quiz(new QuizOptions(Mode.EXAM, Optional.of(Duration.ofMinutes(2)), 0), "fx-truefalse", "fx-choice", "fx-text");
        assertThat(h.text()).contains("⏱ 2:00 left", "Answered 0");
        h.clock.advance(Duration.ofSeconds(30));
        h.type("f").enter();
        assertThat(h.text()).contains("Question 2 of 3", "Answer recorded.", "Answered 1", "⏱ 1:30 left")
                .doesNotContain("Wrong", "Right", "Passage");
        h.clock.advance(Duration.ofSeconds(89));
        h.paint();
        assertThat(h.text()).contains("⏱ 0:01 left");
        h.clock.advance(Duration.ofSeconds(2));
        h.paint();
        assertThat(h.text()).contains("Result · exam", "Time is up.", "Score: 0 of 3 points (0%)", "Time: 2:00",
                "wrong 1 · skipped 2", "To review: 3 questions");
    }

    @Test
    void anAnswerAfterTheTimeLimitIsNotCounted() {
        Harness h = Harness.quiz(new QuizOptions(Mode.EXAM, Optional.of(Duration.ofSeconds(10)), 0), "fx-truefalse");
        h.type("t");
        h.clock.advance(Duration.ofSeconds(11));
        h.enter();
        assertThat(h.text()).contains("Time is up.", "Score: 0 of 1 point (0%)");
        assertThat(h.session().grades()).isEmpty();
    }

    @Test
    void anExamWithoutLimitShowsTheTimeSoFar() {
        Harness h = Harness.quiz(QuizOptions.of(Mode.EXAM), "fx-truefalse", "fx-choice");
        h.clock.advance(Duration.ofSeconds(65));
        h.press(KeyType.Tab);
        assertThat(h.text()).contains("⏱ 1:05", "Skipped.", "Answered 1");
    }
}
