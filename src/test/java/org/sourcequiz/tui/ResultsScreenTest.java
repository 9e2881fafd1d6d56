package org.sourcequiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizResult;

/** A whole quiz of several kinds to its result: score, time, chart, the missed questions, and retrying them. */
class ResultsScreenTest {

    /** choice right, truefalse wrong, text skipped, date right; 20 seconds each. */
    static Harness finishedQuiz() {
        Harness h = Harness.quiz(QuizOptions.of(Mode.PRACTICE), "fx-choice", "fx-truefalse", "fx-text", "fx-date");
        h.clock.advance(java.time.Duration.ofSeconds(20));
        h.type(String.valueOf(Answers.option(h.session().current(), "10–16 September 2021"))).enter();
        assertThat(h.text()).contains("✓ Right", "Score 1 of 1");
        h.enter();
        h.clock.advance(java.time.Duration.ofSeconds(20));
        h.type("f").enter();
        assertThat(h.text()).contains("✗ Wrong", "Question 2 of 4", "Score 1 of 2");
        h.enter();
        h.clock.advance(java.time.Duration.ofSeconds(20));
        h.press(KeyType.Tab);
        assertThat(h.text()).contains("– Skipped", "Correct answer: Gatis Krūms");
        h.enter();
        h.clock.advance(java.time.Duration.ofSeconds(20));
        h.type("2021-09-08").enter();
        assertThat(h.text()).contains("✓ Right", "Enter see the result");
        return h.enter();
    }

    @Test
    void theResultShowsScoreTimeChartAndTheFirstMissedQuestionWithItsPassage() {
        Harness h = finishedQuiz();
        String s = h.text();
        assertThat(s).contains("Result · practice", "Score: 2 of 4 points (50%)", "Time: 1:20",
                "Right 2 · partial 0 · wrong 1 · skipped 1", "By tag", "(Tab: by source)",
                "To review: 2 questions", "(←→: 1 of 2)", "✗ Wrong", "fx-truefalse",
                "Question: The exercise was offensive.", "Correct answer: true", "Your answer: false",
                "The exercise was offensive in character.", "r retry missed");
        assertThat(s).containsPattern("claim +░+ +0% +\\(0 of 1\\)");
        assertThat(s).containsPattern("date +█+ +100% +\\(2 of 2\\)");
        assertThat(s).containsPattern("name +░+ +0% +\\(0 of 1\\)");
        assertThat(h.flat()).contains("Source: Oksana Kuzan and Borys Grachov, “Integration or Imitation”, 30 September 2021");
    }

    @Test
    void tabShowsSourcesAndArrowsPageThroughTheMissed() {
        Harness h = finishedQuiz();
        h.press(KeyType.Tab);
        assertThat(h.text()).contains("By source", "(Tab: by tag)").containsPattern("named +█+░+ +67% +\\(2 of 3\\)")
                .containsPattern("unnamed +░+ +0% +\\(0 of 1\\)");
        h.press(KeyType.ArrowRight);
        assertThat(h.text()).contains("(←→: 2 of 2)", "– Skipped", "fx-text", "Correct answer: Gatis Krūms", "Signed: Gatis Krūms.")
                .doesNotContain("Your answer:");
        assertThat(h.flat()).contains("author not named");
        h.press(KeyType.ArrowRight);
        assertThat(h.text()).contains("(←→: 1 of 2)", "fx-truefalse");
    }

    @Test
    void longResultsScroll() {
        Harness h = finishedQuiz();
        h.resize(60, 16);
        assertThat(h.text()).contains("Score: 2 of 4 points (50%)", "↓ more").doesNotContain("Seed 7");
        h.press(KeyType.End);
        assertThat(h.text()).contains("Seed 7", "↑ more").doesNotContain("Score: 2 of 4");
        h.press(KeyType.PageUp, KeyType.PageUp, KeyType.PageUp);
        assertThat(h.text()).contains("Score: 2 of 4 points (50%)");
        h.press(KeyType.ArrowRight);
        assertThat(h.text().lines().skip(1).findFirst().orElseThrow()).contains("To review: 2 questions", "(←→: 2 of 2)");
    }

    @Test
    void retryStartsAQuizOnTheMissedQuestionsOnly() {
        Harness h = finishedQuiz();
        h.type("r");
        assertThat(h.sessions).hasSize(2);
        assertThat(h.session().plan().questions()).extracting(p -> p.id()).containsExactly("fx-truefalse", "fx-text");
        assertThat(h.text()).contains("Question 1 of 2", "fx-truefalse", "The exercise was offensive.");
        h.type("t").enter().enter();
        h.type("Gatis Krums").enter().enter();
        assertThat(h.text()).contains("Score: 2 of 2 points (100%)", "Nothing to review: every answer was right.")
                .doesNotContain("r retry missed");
        h.type("q");
        assertThat(h.ui.done()).isTrue();
        List<QuizResult> results = h.ui.results();
        assertThat(results).hasSize(2);
        assertThat(h.ui.firstResult().orElseThrow().missedIds()).containsExactly("fx-truefalse", "fx-text");
    }

    @Test
    void aQuizWithNoQuestionsGoesStraightToItsResult() {
        Harness h = Harness.quiz(QuizOptions.of(Mode.PRACTICE), "no-such-id");
        assertThat(h.text()).contains("Result · practice", "Score: 0 of 0 points (0%)");
    }
}
