package org.sourcequiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizPlan;

/** Home: sets, settings, starting a quiz, and entries supplied from outside. */
class HomeScreenTest {

    @Test
    void listsTheSetsWithCountsAndTheChosenSetsDescription() {
        Harness h = Harness.home(100, 30, true, List.of());
        String s = h.text();
        assertThat(s).contains("Question sets", "● All sets", "Two more", "Every kind", "Mode", "practice", "Questions", "Tag",
                "Kind", "▶ Start  10 of 11 questions from All sets", "2 sets · 11 questions · 2 sources");
        assertThat(s).containsPattern("All sets +11").containsPattern("Two more +2").containsPattern("Every kind +9");
        h.press(KeyType.ArrowDown, KeyType.ArrowDown);
        assertThat(h.text()).contains("● Every kind", "▶ Start  9 of 9 questions from Every kind");
    }

    @Test
    void settingsChangeWithArrowsAndLetterKeysAndFilterTheQuestions() {
        Harness h = Harness.home(100, 30, true, List.of());
        h.press(KeyType.ArrowDown, KeyType.ArrowDown);
        h.type("m");
        assertThat(h.text()).contains("exam — timed, graded at the end");
        h.press(KeyType.Tab);
        h.press(KeyType.ArrowLeft);
        assertThat(h.text()).contains("practice —");
        h.press(KeyType.ArrowDown, KeyType.ArrowLeft);
        assertThat(h.text()).contains("▶ Start  5 of 9 questions");
        h.type("t");
        assertThat(h.text()).containsPattern("Tag +‹? ?claim").contains("▶ Start  1 of 1 questions");
        h.type("tt");
        assertThat(h.text()).containsPattern("Tag +date").contains("▶ Start  3 of 3 questions");
        h.type("k");
        assertThat(h.text()).containsPattern("Kind +choice").contains("▶ Start  1 of 1 questions");
        h.enter();
        assertThat(h.text()).contains("Every kind", "Question 1 of 1", "fx-choice");
        assertThat(h.session().plan().size()).isEqualTo(1);
    }

    @Test
    void aFilterNothingMatchesIsSaidAndNoQuizStarts() {
        Harness h = Harness.home(100, 30, true, List.of());
        h.press(KeyType.ArrowDown);
        h.type("t");
        h.type("k");
        assertThat(h.text()).contains("▶ Start  2 of 2 questions from Two more");
        h.press(KeyType.ArrowDown);
        assertThat(h.text()).contains("● Every kind").containsPattern("Tag +country");
        h.type("kkkk");
        assertThat(h.text()).contains("▶ Start  0 of 0 questions");
        h.enter();
        assertThat(h.text()).contains("! No questions match: change the tag or the kind.");
        assertThat(h.sessions).isEmpty();
    }

    @Test
    void aQuizFromHomeGoesBackHomeAfterTheResultAndQLeaves() {
        Harness h = Harness.home(100, 30, true, List.of());
        h.press(KeyType.ArrowDown).enter();
        assertThat(h.text()).contains("Two more", "Question 1 of 2");
        h.type("t").enter().enter().type("f").enter().enter();
        assertThat(h.text()).contains("Result · practice", "Esc home");
        h.press(KeyType.Escape);
        assertThat(h.text()).contains("Question sets", "● Two more");
        h.type("q");
        assertThat(h.ui.done()).isTrue();
        assertThat(h.ui.results()).hasSize(1);
    }

    @Test
    void entriesFromOutsideOpenAPageOrStartAQuiz() {
        HomeEntry stats = new HomeEntry("Statistics", "3 sessions", new Intent.ShowPage(
                () -> new TextPage("Statistics", List.of("# This week", "12 answers, 75% right"))));
        HomeEntry review = new HomeEntry("Review", "2 due", new Intent.StartQuiz(
                () -> QuizPlan.ofIds(Harness.BANK, List.of("fx-extra-2", "fx-choice"), 1), QuizOptions.of(Mode.FLASHCARD)));
        Harness h = Harness.home(100, 30, true, List.of(stats, review));
        assertThat(h.text()).contains("» Statistics", "3 sessions", "» Review", "2 due");
        h.press(KeyType.ArrowDown, KeyType.ArrowDown, KeyType.ArrowDown).enter();
        assertThat(h.text()).contains("sourcequiz · Statistics", "This week", "12 answers, 75% right");
        h.press(KeyType.Escape);
        assertThat(h.text()).contains("Question sets");
        h.press(KeyType.ArrowDown).enter();
        assertThat(h.text()).contains("Question 1 of 2", "fx-extra-2", "China took part.", "Space show answer");
    }

    @Test
    void aDetailStillBeingCountedIsRedrawnWhenKnown() {
        AtomicReference<String> due = new AtomicReference<>("counting what is due…");
        HomeEntry review = new HomeEntry("Review", due::get, true, new Intent.StartQuiz(
                () -> QuizPlan.ofIds(Harness.BANK, List.of("fx-choice"), 1), QuizOptions.of(Mode.PRACTICE)));
        Harness h = Harness.home(100, 30, true, List.of(review));
        assertThat(h.text()).contains("» Review", "counting what is due…");
        assertThat(h.ui.controller().ticking()).as("Home keeps redrawing while a detail is live").isTrue();

        due.set("4 due");
        assertThat(h.paint().text()).contains("4 due").doesNotContain("counting");
        assertThat(Harness.home(100, 30, true, List.of()).ui.controller().ticking()).isFalse();
    }

    @Test
    void helpOnHome() {
        Harness h = Harness.home(100, 30, true, List.of());
        h.type("?");
        assertThat(h.flat()).contains("Help", "Tab jumps to the settings", "Any key closes this help.");
        h.type("x");
        assertThat(h.text()).doesNotContain("Any key closes");
        assertThat(h.ui.done()).isFalse();
    }
}
