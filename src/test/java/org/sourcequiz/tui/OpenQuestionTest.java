package org.sourcequiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.QuizOptions;

/** The open kind on screen: write, see the model answer, rate yourself; the rating is the grade. */
class OpenQuestionTest {
    @Test
    void writeThenSeeTheModelAnswerThenRateIt() {
        Harness h = QuestionKindsTest.practice("fx-open");
        h.enter();
        assertThat(h.text()).contains("type your answer").doesNotContain("Model answer");
        h.type("It says who wrote it").enter();
        assertThat(h.text()).contains("Your answer: It says who wrote it", "Model answer: To show who wrote it.",
                "Explanation of fx-open.", "Signed: Gatis Krūms.", "1 right · 2 partly · 3 wrong", "1-3 rate your answer");
        h.type("x");
        assertThat(h.text()).contains("Model answer: To show who wrote it.");
        h.type("2");
        assertThat(h.text()).contains("~ Partial", "Model answer: To show who wrote it.", "Your answer: It says who wrote it");
        QuestionKindsTest.assertResult(h, "0.5 of 1 point (50%)");
    }

    @Test
    void aFlashcardOfAnOpenQuestionIsRatedLikeAnyCard() {
        Harness h = Harness.quiz(QuizOptions.of(Mode.FLASHCARD), "fx-open");
        h.type(" ");
        assertThat(h.text()).contains("Answer: To show who wrote it.", "1 again · 2 hard · 3 good · 4 easy");
        h.type("3");
        assertThat(h.text()).contains("Result");
    }

    @Test
    void inAnExamTheRatingIsRecordedWithoutFeedback() {
        Harness h = Harness.quiz(QuizOptions.of(Mode.EXAM), "fx-open", "fx-text");
        h.type("Because").enter();
        h.type("w");
        assertThat(h.text()).contains("Answer recorded.", "Who wrote it?");
    }
}
