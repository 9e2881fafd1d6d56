package org.sourcequiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizPlan;

/** The sources list and the article view: reading, cited passages, Tab, quizzing on a paragraph, and back. */
class SourcesScreenTest {
    private final TestShelf shelf = new TestShelf();

    private Harness article(int cols, int rows, boolean color) {
        Harness h = Harness.sources(cols, rows, color, shelf, null);
        h.enter();
        assertThat(h.text()).contains("sourcequiz · Integration or Imitation");
        return h;
    }

    @Test
    void theListShowsEachSourceWithItsBylineAndCounts() {
        Harness h = Harness.sources(80, 24, true, shelf, null);
        String s = h.text();
        assertThat(s).contains("sourcequiz · Sources", "questions · passages", "▸ Integration or Imitation", "8 · 6",
                "named · Oksana Kuzan, Borys Grachov · 2021-09-30 · outlet not named",
                "Belarus moves towards direct involvement in the war", "3 · 2",
                "unnamed · author not named · estimated 2022-10 · csmonitor.com", "2 sources", "Enter read the article")
                .doesNotContain("Date estimated");
        h.press(KeyType.ArrowDown);
        assertThat(h.text()).contains("▸ Belarus moves towards", "Date estimated: The article states no date.");
        h.press(Answers.key('q'));
        assertThat(h.ui.done()).isTrue();
    }

    @Test
    void theArticleIsReadParagraphByParagraphWithItsCitedPassagesMarked() {
        Harness h = article(100, 40, true);
        String s = h.text();
        assertThat(s).contains("Oksana Kuzan and Borys Grachov, “Integration or Imitation”, 30 September 2021",
                "   A test article for the sources view",
                " » ⟦On September 10–16, Russia and Belarus officially held a joint strategic military exercise",
                "   ↳ fx-choice, fx-extra-1, fx-extra-2, fx-multi",
                "   Nothing in this paragraph is quoted by any question.",
                "   ↳ fx-match", "4 cited paragraphs · Tab or n goes to the next", "Tab/n next passage", "q back");
        assertThat(h.flat()).contains("Several countries sent observers. ⟦Armenia and India took part.⟧",
                "⟦and more than 700 units of equipment.⟧ That is the end of the test article.");
        // Highlighted as well as bracketed: the highlight is bold and reverse, which reads without colour too.
        assertThat(h.cells(c -> c.isBold() && c.isReversed())).contains("Armenia", "Zapad-2021").doesNotContain("observers");
    }

    @Test
    void tabAndNGoFromCitedPassageToCitedPassageAndScrollToThem() {
        Harness h = article(80, 24, true);
        assertThat(h.text()).doesNotContain("↳ fx-match");
        h.press(KeyType.Tab);
        assertThat(h.text()).contains(" ▸ ⟦On September 10–16", "▸ cited by fx-choice, fx-extra-1, fx-extra-2, fx-multi · Enter quizzes");
        h.type("nn");
        assertThat(h.text()).contains(" ▸ ⟦On 8 September the first Russian fighters", "↳ fx-date, fx-match",
                "▸ cited by fx-date, fx-match");
        h.type("n");
        assertThat(h.text()).contains(" ▸ ⟦and more than 700 units of equipment.⟧", "▸ cited by fx-match · Enter quizzes on it");
        h.type("n");
        assertThat(h.text()).contains("▸ cited by fx-choice");
        h.type("p");
        assertThat(h.text()).contains("▸ cited by fx-match ");
        h.press(KeyType.Home);
        assertThat(h.text()).contains("   A test article for the sources view").doesNotContain("↑ more");
        h.press(KeyType.End);
        assertThat(h.text()).contains("That is the end of the test article.");
    }

    @Test
    void enterOnAParagraphQuizzesOnItsQuestionsAndTheResultLeadsBackToTheArticle() {
        Harness h = article(100, 30, true);
        h.enter();
        assertThat(h.text()).contains("! Tab or n goes to a cited passage");
        assertThat(h.sessions).isEmpty();
        h.press(KeyType.Tab, KeyType.Tab).enter();
        assertThat(h.text()).contains("Question 1 of 2");
        assertThat(h.session().plan().questions()).extracting(p -> p.question().id()).containsExactlyInAnyOrder("fx-truefalse", "fx-number");
        h.session().quit();
        h.type("x");
        assertThat(h.text()).contains("Result · practice");
        h.press(KeyType.Escape);
        assertThat(h.text()).contains("sourcequiz · Integration or Imitation", "▸ cited by fx-truefalse, fx-number");
        h.press(Answers.key('q'));
        assertThat(h.text()).contains("sourcequiz · Sources");
    }

    @Test
    void withoutTheTextTheCitedPassagesComeAloneWithTheNote() {
        Harness h = Harness.sources(80, 24, false, shelf, "unnamed");
        String s = h.text();
        assertThat(s).contains("sourcequiz · Belarus moves towards direct involvement", "cited passages",
                "ⓘ The full text of the article needs --sources DIR.", " » ⟦Signed: Gatis Krūms.⟧", "   ↳ fx-text, fx-open",
                " » ⟦First, then Second, then Third.⟧", "   ↳ fx-order");
        h.press(Answers.key('q'));
        assertThat(h.ui.done()).isTrue();
    }

    @Test
    void questionMarkListsTheKeys() {
        Harness h = article(80, 24, true);
        h.press(Answers.key('?'));
        assertThat(h.flat()).contains("Help", "Tab or n goes to the next cited", "Enter starts a practice quiz",
                "q, Esc or Backspace goes back");
        h.press(Answers.key('x'));
        assertThat(h.text()).doesNotContain("Any key closes");
    }

    @Test
    void aWideScreenShowsTheWholeArticle() {
        Harness h = article(200, 60, true);
        String s = h.text();
        assertThat(s).contains("A test article for the sources view", "That is the end of the test article.", "↳ fx-match")
                .doesNotContain("↓ more");
        assertThat(s.lines().filter(l -> l.contains("⟦On September 10–16")).findFirst().orElseThrow())
                .contains("Several countries sent observers. ⟦Armenia and India took part.⟧");
    }

    @Test
    void homeHasASourcesEntryThatComesBackHome() {
        Harness h = Harness.home(100, 30, true, List.of(new HomeEntry("Sources", "the articles", new Intent.OpenSources(() -> shelf))));
        assertThat(h.text()).contains("» Sources");
        h.press(KeyType.ArrowDown, KeyType.ArrowDown, KeyType.ArrowDown).enter();
        assertThat(h.text()).contains("sourcequiz · Sources", "▸ Integration or Imitation");
        h.enter();
        assertThat(h.text()).contains("⟦Armenia and India took part.⟧");
        h.press(Answers.key('q'));
        assertThat(h.text()).contains("sourcequiz · Sources");
        h.press(KeyType.Escape);
        assertThat(h.text()).contains("Question sets");
        assertThat(h.ui.done()).isFalse();
    }

    @Test
    void aAfterAnAnswerOpensItsPassageAndQComesBackToTheSameFeedback() {
        Harness h = Harness.quiz(100, 30, shelf, QuizOptions.of(Mode.PRACTICE), "fx-date", "fx-truefalse");
        h.type("8 September 2021").enter();
        assertThat(h.text()).contains("Correct answer:", "a article", "Question 1 of 2");
        String feedback = h.text();
        h.press(Answers.key('a'));
        assertThat(h.text()).contains("sourcequiz · Integration or Imitation", " ▸ ⟦On 8 September", "▸ cited by fx-date, fx-match",
                "q back to the quiz");
        h.press(KeyType.ArrowDown, KeyType.PageDown);
        h.press(Answers.key('q'));
        assertThat(h.text()).isEqualTo(feedback);
        assertThat(h.session().grades()).hasSize(1);
        h.enter();
        assertThat(h.text()).contains("Question 2 of 2");
    }

    @Test
    void theQuizClockRunsWhileTheArticleIsReadAndATimeUpQuizEndsOnReturn() {
        Harness h = Harness.quiz(100, 30, shelf, new QuizOptions(Mode.PRACTICE, Optional.of(Duration.ofMinutes(2)), 0),
                "fx-truefalse", "fx-number");
        h.type("t").enter();
        h.press(Answers.key('a'));
        assertThat(h.text()).contains("⏱ 2:00", "▸ cited by fx-truefalse");
        h.clock.advance(Duration.ofSeconds(30));
        h.paint();
        assertThat(h.text()).contains("⏱ 1:30");
        h.clock.advance(Duration.ofMinutes(2));
        h.press(Answers.key('q'));
        assertThat(h.text()).contains("Correct answer:");
        h.enter();
        assertThat(h.text()).contains("Result · practice");
        assertThat(h.session().grades()).hasSize(1);
    }

    @Test
    void aOnATurnedFlashcardOpensTheArticleAndComesBackToTheCard() {
        Harness h = Harness.quiz(80, 24, shelf, QuizOptions.of(Mode.FLASHCARD), "fx-number");
        h.press(Answers.key('a'));
        assertThat(h.text()).doesNotContain("⟦");
        h.press(Answers.key(' '));
        assertThat(h.text()).contains("a article");
        h.press(Answers.key('a'));
        assertThat(h.text()).contains(" ▸ ⟦The exercise was offensive in character.⟧ ⟦The exercise engaged", "▸ cited by fx-truefalse, fx-number",
                "q back to the quiz");
        h.press(Answers.key('q'));
        assertThat(h.text()).contains("How well did you remember it?");
        h.type("3");
        assertThat(h.text()).contains("Result · flashcard");
    }

    @Test
    void withoutAShelfTheArticleKeyIsNotOffered() {
        Harness h = Harness.quiz(QuizOptions.of(Mode.PRACTICE), "fx-truefalse");
        h.type("t").enter();
        assertThat(h.text()).contains("Correct answer:").doesNotContain("a article");
        h.press(Answers.key('a'));
        assertThat(h.text()).contains("Correct answer:");
    }

    @Test
    void ctrlCWhileReadingFromAQuizEndsThatQuiz() {
        Harness h = Harness.quiz(100, 30, shelf, QuizOptions.of(Mode.PRACTICE), "fx-truefalse", "fx-number");
        h.type("t").enter().press(Answers.key('a'));
        h.ctrlC();
        assertThat(h.ui.done()).isTrue();
        assertThat(h.ui.results()).hasSize(1);
        assertThat(h.ui.results().get(0).records()).hasSize(1);
    }

    @Test
    void aQuizPlanOfTheParagraphIsThePlanTheControllerStarts() {
        // The paragraph's questions go to the engine as they are: the same plan a quiz on those ids gets.
        Harness h = article(100, 30, true);
        h.press(KeyType.Tab).enter();
        assertThat(h.session().plan().questions()).extracting(p -> p.question().id())
                .containsExactlyInAnyOrderElementsOf(QuizPlan.ofIds(Harness.BANK,
                        List.of("fx-choice", "fx-extra-1", "fx-extra-2", "fx-multi"), Harness.SEED).questions().stream()
                        .map(p -> p.question().id()).toList());
    }
}
