package org.sourcequiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.bank.LoadResult;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.model.Bank;

/** Questions imported from Moodle have no passage: no empty frame, no "Source:", the explanation alone. */
class ImportedQuestionScreenTest {
    private static final Bank BANK = load();

    private static Bank load() {
        LoadResult r = new BankLoader(Path.of("")).load(List.of(Path.of("src/test/resources/imported-bank")));
        assertThat(r.problems()).isEmpty();
        return r.bank();
    }

    private static Harness quiz(Mode mode, String... ids) {
        return Harness.quiz(BANK, 100, 30, true, QuizOptions.of(mode), ids);
    }

    @Test
    void feedbackShowsTheAnswerFeedbackAndWhyWithoutAPassageBlock() {
        Harness h = quiz(Mode.PRACTICE, "lakes-largest");
        h.type(String.valueOf(Answers.option(h.session().current(), "Drysviaty"))).enter();
        assertThat(h.text()).contains("✗ Wrong", "Correct answer: Narach", "Your answer: Drysviaty",
                "Feedback: Drysviaty is the second.", "Why: Narach covers about 80 square kilometres.")
                .doesNotContain("Passage").doesNotContain("Source:").doesNotContain("┌");
    }

    @Test
    void theSelfGradedRevealAndTheFlashcardShowTheExplanationAlone() {
        Harness open = quiz(Mode.PRACTICE, "lakes-why");
        open.type("A national park").enter();
        assertThat(open.text()).contains("Why: They form a national park, founded in 1995.", "1 right · 2 partly · 3 wrong")
                .doesNotContain("Passage").doesNotContain("Source:");
        Harness card = quiz(Mode.FLASHCARD, "lakes-why");
        card.type(" ");
        assertThat(card.text()).contains("Why: They form a national park, founded in 1995.", "1 again · 2 hard · 3 good · 4 easy")
                .doesNotContain("Passage").doesNotContain("Source:");
    }

    @Test
    void theResultsShowAMissedImportedQuestionWithoutAPassage() {
        Harness h = quiz(Mode.EXAM, "lakes-largest");
        h.type(String.valueOf(Answers.option(h.session().current(), "Drysviaty"))).enter();
        assertThat(h.text()).contains("To review: 1 question", "Correct answer: Narach")
                .doesNotContain("Passage").doesNotContain("Source:");
    }
}
